import { InputGroup } from '@blueprintjs/core';
import { HTMLSelect } from '../../ui/HTMLSelect';
import { useTranslation } from 'react-i18next';
import {
  QUESTIONS,
  QUESTION_NAMES,
  type Measure,
  type Question,
} from '../../../../graph-schema/analysis/measures';
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
import { TypeChecklist } from '../dialogs/TypeChecklist';
import { dateProblem, withQuestion, type AnalysisForm } from './form-state';

interface Props {
  form: AnalysisForm;
  onChange(form: AnalysisForm): void;
  disabled: boolean;
}

/** The question, its measure and which links count. */
export function AnalysisFormFields({ form, onChange, disabled }: Props) {
  const { t } = useTranslation('analysis');
  const schema = useSchema();
  const set = (patch: Partial<AnalysisForm>) => onChange({ ...form, ...patch });
  const measures: readonly Measure[] = QUESTIONS[form.question];
  const language = currentLanguage();

  return (
    <>
      <div className="analysis-form">
        <label htmlFor="analysis-question">{t('question')}</label>
        <HTMLSelect
          id="analysis-question"
          fill
          value={form.question}
          disabled={disabled}
          onChange={(e) => onChange(withQuestion(form, e.currentTarget.value as Question))}
          options={QUESTION_NAMES.map((q) => ({ value: q, label: t(`questions.${q}`) }))}
        />
        <label htmlFor="analysis-measure">{t('measure')}</label>
        <HTMLSelect
          id="analysis-measure"
          fill
          value={form.measure}
          disabled={disabled || measures.length < 2}
          onChange={(e) => set({ measure: e.currentTarget.value as Measure })}
          options={measures.map((m) => ({ value: m, label: t(`measures.${m}`) }))}
        />
      </div>
      <p className="analysis-explain">{t(`explain.${form.measure}`)}</p>
      <details className="analysis-options">
        <summary>{t('options.title')}</summary>
        <div className="analysis-form">
          <label htmlFor="analysis-direction">{t('options.direction')}</label>
          <HTMLSelect
            id="analysis-direction"
            fill
            value={form.direction}
            disabled={disabled}
            onChange={(e) => set({ direction: e.currentTarget.value as Direction })}
            options={DIRECTIONS.map((d) => ({ value: d, label: t(`options.directions.${d}`) }))}
          />
          <label htmlFor="analysis-confidence">{t('options.confidence')}</label>
          <HTMLSelect
            id="analysis-confidence"
            fill
            value={form.minConfidence}
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
          <label htmlFor="analysis-reliability">{t('options.grade')}</label>
          <div className="analysis-pair">
            <HTMLSelect
              id="analysis-reliability"
              aria-label={t('options.grade')}
              value={form.reliability}
              disabled={disabled}
              onChange={(e) => set({ reliability: e.currentTarget.value as Reliability | '' })}
              options={[
                { value: '', label: t('options.anyGrade') },
                ...RELIABILITY_GRADES.slice(0, -1).map((g) => ({ value: g, label: g })),
              ]}
            />
            <HTMLSelect
              aria-label={t('options.grade')}
              value={form.credibility}
              disabled={disabled}
              onChange={(e) => set({ credibility: e.currentTarget.value as Credibility | '' })}
              options={[
                { value: '', label: t('options.anyGrade') },
                ...CREDIBILITY_GRADES.slice(0, -1).map((g) => ({ value: g, label: g })),
              ]}
            />
          </div>
          <label htmlFor="analysis-from">{t('options.window')}</label>
          <div className="analysis-pair">
            <InputGroup
              id="analysis-from"
              size="small"
              value={form.from}
              disabled={disabled}
              intent={dateProblem(form.from) ? 'danger' : 'none'}
              title={dateProblem(form.from) ? t('options.badDate') : undefined}
              aria-label={t('options.from')}
              placeholder={t('options.from')}
              onValueChange={(from) => set({ from })}
            />
            <InputGroup
              aria-label={t('options.to')}
              size="small"
              value={form.to}
              disabled={disabled}
              intent={dateProblem(form.to) ? 'danger' : 'none'}
              title={dateProblem(form.to) ? t('options.badDate') : undefined}
              placeholder={t('options.to')}
              onValueChange={(to) => set({ to })}
            />
          </div>
        </div>
        {schema && (
          <TypeChecklist
            legend={t('options.linkTypes')}
            types={schema.linkTypes.map((type) => ({ name: type.name, label: type.label }))}
            value={form.linkTypes}
            onChange={(linkTypes) => set({ linkTypes })}
          />
        )}
      </details>
    </>
  );
}
