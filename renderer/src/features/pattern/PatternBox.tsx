import { Button, InputGroup } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { SchemaIndex } from '../../../../graph-schema/model/schema';
import { HTMLSelect } from '../../ui/HTMLSelect';
import {
  boxFields,
  fieldKind,
  fieldOps,
  type DraftBox,
  type DraftCondition,
} from '../../stores/pattern-draft';

/** One entity box of the builder: its type, how its conditions combine, and the conditions. */
export function PatternBox({
  box,
  n,
  index,
  onChange,
}: {
  box: DraftBox;
  n: number;
  index: SchemaIndex;
  onChange(box: DraftBox): void;
}) {
  const { t } = useTranslation('pattern');
  const fields = boxFields(box.type, index);
  const fieldName = (field: string) =>
    field.startsWith('props.')
      ? box.type
        ? index.fieldLabel(box.type, field.slice(6))
        : field.slice(6)
      : t(`fields.${field}`);
  const setCondition = (k: number, next: DraftCondition | null) =>
    onChange({
      ...box,
      conditions: next
        ? box.conditions.map((c, i) => (i === k ? next : c))
        : box.conditions.filter((_, i) => i !== k),
    });
  const id = `pattern-box-${n}`;
  return (
    <fieldset className="pattern-box" aria-label={t('box', { n })}>
      <legend>{t('box', { n })}</legend>
      <HTMLSelect
        id={`${id}-type`}
        aria-label={t('type')}
        fill
        value={box.type}
        onChange={(e) => onChange({ ...box, type: e.currentTarget.value, conditions: [] })}
      >
        <option value="">{t('anyEntity')}</option>
        {index.schema.entityTypes.map((type) => (
          <option key={type.name} value={type.name}>
            {index.typeLabel(type.name)}
          </option>
        ))}
      </HTMLSelect>
      {box.conditions.map((c, k) => {
        const ops = fieldOps(fieldKind(c.field, box.type, index));
        return (
          <div className="pattern-condition" key={k}>
            <HTMLSelect
              aria-label={t('field')}
              value={c.field}
              onChange={(e) => {
                const field = e.currentTarget.value;
                const kind = fieldKind(field, box.type, index);
                const allowed = fieldOps(kind);
                setCondition(k, {
                  field,
                  op: allowed.includes(c.op) ? c.op : (allowed[0] ?? 'equals'),
                  // A yes/no field starts at yes: its select shows one, so the value must be one.
                  value: kind === 'boolean' ? 'true' : c.value,
                });
              }}
            >
              {fields.map((f) => (
                <option key={f} value={f}>
                  {fieldName(f)}
                </option>
              ))}
            </HTMLSelect>
            <HTMLSelect
              aria-label={t('op')}
              value={c.op}
              onChange={(e) => setCondition(k, { ...c, op: e.currentTarget.value as DraftCondition['op'] })}
            >
              {ops.map((op) => (
                <option key={op} value={op}>
                  {t(`ops.${op}`)}
                </option>
              ))}
            </HTMLSelect>
            {fieldKind(c.field, box.type, index) === 'boolean' ? (
              <HTMLSelect
                aria-label={t('value')}
                value={c.value === 'false' ? 'false' : 'true'}
                onChange={(e) => setCondition(k, { ...c, value: e.currentTarget.value })}
              >
                <option value="true">{t('yes')}</option>
                <option value="false">{t('no')}</option>
              </HTMLSelect>
            ) : (
              <InputGroup
                size="small"
                aria-label={t('value')}
                placeholder={t(`placeholder.${c.op}`)}
                value={c.value}
                onValueChange={(value) => setCondition(k, { ...c, value })}
              />
            )}
            <Button
              size="small"
              variant="minimal"
              icon="cross"
              aria-label={t('removeCondition')}
              title={t('removeCondition')}
              onClick={() => setCondition(k, null)}
            />
          </div>
        );
      })}
      <div className="pattern-box-foot">
        <Button
          size="small"
          variant="minimal"
          icon="plus"
          text={t('addCondition')}
          onClick={() =>
            onChange({
              ...box,
              conditions: [...box.conditions, { field: 'label', op: 'contains', value: '' }],
            })
          }
        />
        {box.conditions.length > 1 && (
          <HTMLSelect
            aria-label={t('matchLabel')}
            value={box.match}
            onChange={(e) => onChange({ ...box, match: e.currentTarget.value as DraftBox['match'] })}
          >
            <option value="all">{t('match.all')}</option>
            <option value="any">{t('match.any')}</option>
          </HTMLSelect>
        )}
      </div>
    </fieldset>
  );
}
