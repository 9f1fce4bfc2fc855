import { Radio, RadioGroup } from '@blueprintjs/core';
import type { MatchRule } from '../../../../graph-schema/contract';

const RULES: readonly { value: MatchRule; label: string; explain: string }[] = [
  {
    value: 'identifier',
    label: 'By identifier',
    explain: 'Merge a row into an entity of the same type with the same key or id; otherwise create it.',
  },
  {
    value: 'label',
    label: 'By exact label',
    explain: 'Merge into an entity of the same type whose label is exactly the same (spaces trimmed).',
  },
  {
    value: 'never',
    label: 'Never merge',
    explain: 'Create every entity in the file, even when the case already holds one like it.',
  },
];

/** Step 4: how the file's entities meet the ones the case already holds. */
export function MatchStep({ match, onChange }: { match: MatchRule; onChange(match: MatchRule): void }) {
  return (
    <div className="wizard-step">
      <RadioGroup
        label="Match existing entities"
        name="import-match"
        selectedValue={match}
        onChange={(e) => onChange(e.currentTarget.value as MatchRule)}
        className="match-rules"
      >
        {RULES.map((r) => (
          <Radio
            key={r.value}
            value={r.value}
            labelElement={
              <span className="match-rule">
                <span className="match-label">{r.label}</span>
                <span className="muted match-explain">{r.explain}</span>
              </span>
            }
          />
        ))}
      </RadioGroup>
    </div>
  );
}
