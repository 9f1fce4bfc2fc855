import { HTMLSelect } from '../../ui/HTMLSelect';
import { useTranslation } from 'react-i18next';
import type { ImportGrading } from '../../../../graph-schema/contract';
import {
  CLASSIFICATIONS,
  CONFIDENCE_LEVELS,
  confidenceLabel,
  CREDIBILITY_GRADES,
  credibilityLabel,
  RELIABILITY_GRADES,
  reliabilityLabel,
  type SchemaLanguage,
} from '../../../../graph-schema/model';
import { currentLanguage } from '../../i18n';
import { Field } from './FieldControls';

interface GradingControlsProps {
  grading: ImportGrading;
  onChange(grading: ImportGrading): void;
}

/**
 * One choice per grading field: its label (a key of import:grading) and its options, each with
 * what the schema calls it in the UI's language.
 */
const fields = (
  language: SchemaLanguage,
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
    options: CLASSIFICATIONS.map((c) => ({ value: c, text: c })),
  },
];

/**
 * The confidence, source grading and marking every imported item gets when the file does not
 * grade it itself: shown with its default before the import, never applied silently.
 */
export function GradingControls({ grading, onChange }: GradingControlsProps) {
  const { t } = useTranslation('import', { keyPrefix: 'grading' });
  return (
    <fieldset className="map-group" aria-label={t('legend')}>
      <legend>{t('legend')}</legend>
      <p className="muted">{t('note')}</p>
      <div className="field-row four">
        {fields(currentLanguage()).map(({ key, options }) => (
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
