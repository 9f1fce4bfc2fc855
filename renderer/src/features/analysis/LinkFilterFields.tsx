import { InputGroup } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import {
  CONFIDENCE_LEVELS,
  confidenceLabel,
  CREDIBILITY_GRADES,
  DIRECTIONS,
  RELIABILITY_GRADES,
  type Confidence,
  type Credibility,
  type Direction,
  type Reliability,
} from '../../../../graph-schema/model';
import { currentLanguage } from '../../i18n';
import { useSchema } from '../../i18n/schema-words';
import { HTMLSelect } from '../../ui/HTMLSelect';
import { TypeChecklist } from '../dialogs/TypeChecklist';
import { dateProblem, type LinkFilterForm } from './form-state';
import './analysis.css';

interface Props {
  /** Ids of the fields start with it, so two forms on one page do not clash. */
  idPrefix: string;
  filters: LinkFilterForm;
  onChange(patch: Partial<LinkFilterForm>): void;
  disabled: boolean;
}

/**
 * Which links count: direction, confidence, grade ("B2 or better"), time window, link types.
 * The analysis panel and the path dialog ask the same way (graph-schema/analysis/options.ts).
 */
export function LinkFilterFields({ idPrefix, filters, onChange: set, disabled }: Props) {
  const { t } = useTranslation('analysis');
  const schema = useSchema();
  const language = currentLanguage();
  return (
    <>
      <div className="analysis-form">
        <label htmlFor={`${idPrefix}-direction`}>{t('options.direction')}</label>
        <HTMLSelect
          id={`${idPrefix}-direction`}
          fill
          value={filters.direction}
          disabled={disabled}
          onChange={(e) => set({ direction: e.currentTarget.value as Direction })}
          options={DIRECTIONS.map((d) => ({ value: d, label: t(`options.directions.${d}`) }))}
        />
        <label htmlFor={`${idPrefix}-confidence`}>{t('options.confidence')}</label>
        <HTMLSelect
          id={`${idPrefix}-confidence`}
          fill
          value={filters.minConfidence}
          disabled={disabled}
          onChange={(e) => set({ minConfidence: e.currentTarget.value as Confidence | '' })}
          options={[
            { value: '', label: t('options.anyConfidence') },
            ...CONFIDENCE_LEVELS.slice(0, -1).map((c) => ({
              value: c,
              label: confidenceLabel(c, language),
            })),
          ]}
        />
        <label htmlFor={`${idPrefix}-reliability`}>{t('options.grade')}</label>
        <div className="analysis-pair">
          <HTMLSelect
            id={`${idPrefix}-reliability`}
            aria-label={t('options.grade')}
            value={filters.reliability}
            disabled={disabled}
            onChange={(e) => set({ reliability: e.currentTarget.value as Reliability | '' })}
            options={[
              { value: '', label: t('options.anyGrade') },
              ...RELIABILITY_GRADES.slice(0, -1).map((g) => ({ value: g, label: g })),
            ]}
          />
          <HTMLSelect
            aria-label={t('options.grade')}
            value={filters.credibility}
            disabled={disabled}
            onChange={(e) => set({ credibility: e.currentTarget.value as Credibility | '' })}
            options={[
              { value: '', label: t('options.anyGrade') },
              ...CREDIBILITY_GRADES.slice(0, -1).map((g) => ({ value: g, label: g })),
            ]}
          />
        </div>
        <label htmlFor={`${idPrefix}-from`}>{t('options.window')}</label>
        <div className="analysis-pair">
          <InputGroup
            id={`${idPrefix}-from`}
            size="small"
            value={filters.from}
            disabled={disabled}
            intent={dateProblem(filters.from) ? 'danger' : 'none'}
            title={dateProblem(filters.from) ? t('options.badDate') : undefined}
            aria-label={t('options.from')}
            placeholder={t('options.from')}
            onValueChange={(from) => set({ from })}
          />
          <InputGroup
            aria-label={t('options.to')}
            size="small"
            value={filters.to}
            disabled={disabled}
            intent={dateProblem(filters.to) ? 'danger' : 'none'}
            title={dateProblem(filters.to) ? t('options.badDate') : undefined}
            placeholder={t('options.to')}
            onValueChange={(to) => set({ to })}
          />
        </div>
      </div>
      {schema && (
        <TypeChecklist
          legend={t('options.linkTypes')}
          types={schema.linkTypes.map((type) => ({ name: type.name, label: type.label }))}
          value={filters.linkTypes}
          onChange={(linkTypes) => set({ linkTypes })}
        />
      )}
    </>
  );
}
