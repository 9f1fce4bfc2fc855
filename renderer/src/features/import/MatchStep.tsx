import { Radio, RadioGroup } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { MatchRule } from '../../../../graph-schema/contract';

/** The rules in the order offered; each is named import:match.<rule> and explained by <rule>Note. */
const RULES: readonly MatchRule[] = ['identifier', 'label', 'never'];

/** Step 4: how the file's entities meet the ones the case already holds. */
export function MatchStep({ match, onChange }: { match: MatchRule; onChange(match: MatchRule): void }) {
  const { t } = useTranslation('import', { keyPrefix: 'match' });
  return (
    <div className="wizard-step">
      <RadioGroup
        label={t('title')}
        name="import-match"
        selectedValue={match}
        onChange={(e) => onChange(e.currentTarget.value as MatchRule)}
        className="match-rules"
      >
        {RULES.map((rule) => (
          <Radio
            key={rule}
            value={rule}
            labelElement={
              <span className="match-rule">
                <span className="match-label">{t(rule)}</span>
                <span className="muted match-explain">{t(`${rule}Note`)}</span>
              </span>
            }
          />
        ))}
      </RadioGroup>
    </div>
  );
}
