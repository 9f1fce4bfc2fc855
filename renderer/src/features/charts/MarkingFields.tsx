import { Checkbox } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { ExportHeader } from '../../../../graph-schema/chart/scene';
import {
  levelFor,
  MARKING_SCHEMES,
  markingScheme,
  orderedCaveats,
} from '../../../../graph-schema/model/marking-schemes';
import { Field } from '../import/FieldControls';
import { ChoiceField } from './ExportFields';
import { choiceLabel, classificationOptions, localName } from './marking-options';

type MarkingPart = Pick<ExportHeader, 'markingScheme' | 'caseMarking' | 'caveats'>;

/**
 * The case's marking as the export dialog sets it: the scheme, the level in that scheme's
 * words, and its caveats. Switching scheme keeps the level at or above where it was (never
 * lower) and drops the caveats, which belong to one scheme.
 */
export function MarkingFields({
  value,
  onChange,
}: {
  value: MarkingPart;
  onChange(patch: MarkingPart): void;
}) {
  const { t, i18n } = useTranslation('chartExport');
  const scheme = markingScheme(value.markingScheme);
  const language = i18n.resolvedLanguage;
  return (
    <>
      <div className="field-row">
        <ChoiceField
          id="chart-export-scheme"
          label={t('header.scheme')}
          value={scheme.id}
          options={MARKING_SCHEMES.map((s) => [s.id, localName(s.name, language)] as const)}
          onChange={(id) =>
            onChange({
              markingScheme: id,
              caseMarking: levelFor(markingScheme(id), value.caseMarking).id,
              caveats: [],
            })
          }
        />
        <ChoiceField
          id="chart-export-marking"
          label={t('header.marking')}
          value={value.caseMarking}
          options={classificationOptions(scheme, language, [value.caseMarking])}
          onChange={(caseMarking) => onChange({ ...value, caseMarking })}
        />
      </div>
      {scheme.caveats.length > 0 && (
        <Field id="chart-export-caveats" label={t('header.caveats')}>
          <div className="marking-caveats" id="chart-export-caveats">
            {scheme.caveats.map((c) => (
              <Checkbox
                key={c.id}
                inline
                label={choiceLabel(c, language)}
                checked={value.caveats.includes(c.id)}
                onChange={(e) => {
                  const rest = value.caveats.filter((id) => id !== c.id);
                  onChange({
                    ...value,
                    caveats: e.currentTarget.checked ? orderedCaveats(scheme, rest, [c.id]) : rest,
                  });
                }}
              />
            ))}
          </div>
        </Field>
      )}
    </>
  );
}
