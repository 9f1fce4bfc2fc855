import { Button, ButtonGroup, Collapse } from '@blueprintjs/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeCondition } from '../../../../graph-schema/chart/style-fields';
import type { LinkRule, NodeRule } from '../../../../graph-schema/chart/style-spec';
import type { Schema } from '../../../../graph-schema/model/schema';
import { currentLanguage } from '../../i18n';
import { RuleEditor } from './RuleEditor';

type Rule = NodeRule | LinkRule;

interface RuleListProps<R extends Rule> {
  title: string;
  kind: 'entity' | 'link';
  rules: readonly R[];
  schema: Schema;
  onChange(next: R[]): void;
}

function newRuleId(): string {
  return `rule-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Ordered rules (a later one wins): add, edit in place, move up or down, remove. */
export function RuleList<R extends Rule>({ title, kind, rules, schema, onChange }: RuleListProps<R>) {
  const { t } = useTranslation('chartStyle', { keyPrefix: 'rules' });
  const [open, setOpen] = useState<string | null>(null);
  const replace = (i: number, next: R) => onChange(rules.map((r, j) => (j === i ? next : r)));
  const move = (i: number, by: number) => {
    const next = [...rules];
    const [rule] = next.splice(i, 1);
    if (rule) next.splice(i + by, 0, rule);
    onChange(next);
  };
  const add = () => {
    const rule = { id: newRuleId(), label: '', when: { field: 'type', op: 'is', value: '' } } as R;
    onChange([...rules, rule]);
    setOpen(rule.id);
  };

  return (
    <section className="style-section" aria-label={title}>
      <div className="style-section-head">
        <span className="section-title">{title}</span>
        <Button size="small" variant="minimal" icon="add" text={t('add')} onClick={add} />
      </div>
      {rules.length === 0 ? <p className="muted style-empty">{t('none')}</p> : null}
      <ol className="style-rules">
        {rules.map((rule, i) => (
          <li key={rule.id} className="style-rule">
            <div className="style-rule-head">
              <span
                className="style-swatch"
                style={{ background: rule.color ?? 'transparent' }}
                aria-hidden
              />
              <button
                type="button"
                className="style-rule-title"
                aria-expanded={open === rule.id}
                onClick={() => setOpen(open === rule.id ? null : rule.id)}
              >
                {rule.label.trim() || describeCondition(schema, rule.when, currentLanguage())}
              </button>
              <ButtonGroup size="small" variant="minimal">
                <Button icon="arrow-up" aria-label={t('up')} disabled={i === 0} onClick={() => move(i, -1)} />
                <Button
                  icon="arrow-down"
                  aria-label={t('down')}
                  disabled={i === rules.length - 1}
                  onClick={() => move(i, 1)}
                />
                <Button
                  icon="trash"
                  aria-label={t('remove')}
                  onClick={() => onChange(rules.filter((_, j) => j !== i))}
                />
              </ButtonGroup>
            </div>
            <Collapse isOpen={open === rule.id}>
              <RuleEditor rule={rule} kind={kind} schema={schema} onChange={(next) => replace(i, next)} />
            </Collapse>
          </li>
        ))}
      </ol>
    </section>
  );
}
