import { HTMLSelect } from '@blueprintjs/core';
import type { ImportGrading } from '../../../../graph-schema/contract';
import {
  CLASSIFICATIONS,
  CONFIDENCE_LEVELS,
  CREDIBILITY_GRADES,
  CREDIBILITY_LABELS,
  RELIABILITY_GRADES,
  RELIABILITY_LABELS,
} from '../../../../graph-schema/model';
import { Field } from './FieldControls';

interface GradingControlsProps {
  grading: ImportGrading;
  onChange(grading: ImportGrading): void;
}

/**
 * The confidence, source grading and marking every imported item gets when the file does not
 * grade it itself: shown with its default before the import, never applied silently.
 */
export function GradingControls({ grading, onChange }: GradingControlsProps) {
  const set = (patch: Partial<ImportGrading>) => onChange({ ...grading, ...patch });
  return (
    <fieldset className="map-group" aria-label="Grading of imported items">
      <legend>Grading of imported items</legend>
      <p className="muted">Given to every entity and link the file does not grade itself.</p>
      <div className="field-row four">
        <Field id="import-confidence" label="Confidence">
          <HTMLSelect
            id="import-confidence"
            fill
            value={grading.confidence}
            onChange={(e) => set({ confidence: e.currentTarget.value as ImportGrading['confidence'] })}
          >
            {CONFIDENCE_LEVELS.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </HTMLSelect>
        </Field>
        <Field id="import-reliability" label="Source reliability">
          <HTMLSelect
            id="import-reliability"
            fill
            value={grading.reliability}
            onChange={(e) => set({ reliability: e.currentTarget.value as ImportGrading['reliability'] })}
          >
            {RELIABILITY_GRADES.map((r) => (
              <option key={r} value={r}>
                {r} – {RELIABILITY_LABELS[r]}
              </option>
            ))}
          </HTMLSelect>
        </Field>
        <Field id="import-credibility" label="Information credibility">
          <HTMLSelect
            id="import-credibility"
            fill
            value={grading.credibility}
            onChange={(e) => set({ credibility: e.currentTarget.value as ImportGrading['credibility'] })}
          >
            {CREDIBILITY_GRADES.map((c) => (
              <option key={c} value={c}>
                {c} – {CREDIBILITY_LABELS[c]}
              </option>
            ))}
          </HTMLSelect>
        </Field>
        <Field id="import-classification" label="Classification">
          <HTMLSelect
            id="import-classification"
            fill
            value={grading.classification}
            onChange={(e) =>
              set({ classification: e.currentTarget.value as ImportGrading['classification'] })
            }
          >
            {CLASSIFICATIONS.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </HTMLSelect>
        </Field>
      </div>
    </fieldset>
  );
}
