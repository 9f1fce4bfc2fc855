import { HTMLSelect } from '../../ui/HTMLSelect';
import { useTranslation } from 'react-i18next';
import type { ImportGrading } from '../../../../graph-schema/contract';
import {
  CONFIDENCE_LEVELS,
  confidenceLabel,
  CREDIBILITY_GRADES,
  credibilityLabel,
  RELIABILITY_GRADES,
  reliabilityLabel,
  type SchemaLanguage,
} from '../../../../graph-schema/model';
import { currentLanguage } from '../../i18n';
import { useClassificationOptions } from '../charts/marking-options';
import { Field } from './FieldControls';

interface GradingControlsProps {
  grading: ImportGrading;
  onChange(grading: ImportGrading): void;
}

/**
 * One choice per grading field: its label (a key of import:grading) and its options, each with
 * what the schema calls it in the UI's language; the classifications as the case's marking
 * scheme words them.
 */
const fields = (
  language: SchemaLanguage,
  classifications: readonly [string, string][],
): readonly {
  key: keyof ImportGrading;
  options: readonly { value: string; text: string }[];
}[] => [
  {
    key: 'confidence',
    options: CONFIDENCE_LEVELS.map((c) => ({ value: c, text: confidenceLabel(c, language) })),
  },
  {
    key: 'reliability',
    options: RELIABILITY_GRADES.map((r) => ({ value: r, text: `${r} – ${reliabilityLabel(r, language)}` })),
  },
  {
    key: 'credibility',
    options: CREDIBILITY_GRADES.map((c) => ({ value: c, text: `${c} – ${credibilityLabel(c, language)}` })),
  },
  {
    key: 'classification',
    options: classifications.map(([value, text]) => ({ value, text })),
  },
];

/**
 * The confidence, source grading and marking every imported item gets when the file does not
 * grade it itself: shown with its default before the import, never applied silently.
 */
export function GradingControls({ grading, onChange }: GradingControlsProps) {
  const { t } = useTranslation('import', { keyPrefix: 'grading' });
  // The case's marking scheme names the levels (秘, 取扱注意...), as in the inspector.
  const classifications = useClassificationOptions([grading.classification]);
  return (
    <fieldset className="map-group" aria-label={t('legend')}>
      <legend>{t('legend')}</legend>
      <p className="muted">{t('note')}</p>
      <div className="field-row four">
        {fields(currentLanguage(), classifications).map(({ key, options }) => (
          <Field key={key} id={`import-${key}`} label={t(key)}>
            <HTMLSelect
              id={`import-${key}`}
              fill
              value={grading[key]}
              // The options are the field's own values, so the chosen one is a value of that field.
              onChange={(e) => onChange({ ...grading, [key]: e.currentTarget.value } as ImportGrading)}
            >
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.text}
                </option>
              ))}
            </HTMLSelect>
          </Field>
        ))}
      </div>
    </fieldset>
  );
}
