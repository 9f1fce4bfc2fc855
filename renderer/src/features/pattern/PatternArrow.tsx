import { useTranslation } from 'react-i18next';
import type { SchemaIndex } from '../../../../graph-schema/model/schema';
import { HTMLSelect } from '../../ui/HTMLSelect';
import { GRADE_CHOICES, HOP_CHOICES, type DraftArrow } from '../../stores/pattern-draft';

const DIRECTIONS = ['out', 'in', 'both'] as const;

/** The link between two boxes: its type, direction, hops and least grade. */
export function PatternArrow({
  arrow,
  from,
  index,
  onChange,
}: {
  arrow: DraftArrow;
  from: number;
  index: SchemaIndex;
  onChange(arrow: DraftArrow): void;
}) {
  const { t } = useTranslation('pattern');
  return (
    <fieldset className="pattern-arrow" aria-label={t('arrow', { a: from, b: from + 1 })}>
      <HTMLSelect
        aria-label={t('linkType')}
        fill
        value={arrow.type}
        onChange={(e) => onChange({ ...arrow, type: e.currentTarget.value })}
      >
        <option value="">{t('anyLink')}</option>
        {index.schema.linkTypes.map((type) => (
          <option key={type.name} value={type.name}>
            {index.typeLabel(type.name)}
          </option>
        ))}
      </HTMLSelect>
      <HTMLSelect
        aria-label={t('direction')}
        fill
        value={arrow.direction}
        onChange={(e) => onChange({ ...arrow, direction: e.currentTarget.value as DraftArrow['direction'] })}
      >
        {DIRECTIONS.map((d) => (
          <option key={d} value={d}>
            {t(`directions.${d}`)}
          </option>
        ))}
      </HTMLSelect>
      <div className="pattern-hops">
        <HopSelect
          shown={t('hopsMin')}
          label={t('hopsMinLabel')}
          value={arrow.minHops}
          onPick={(minHops) => onChange({ ...arrow, minHops, maxHops: Math.max(minHops, arrow.maxHops) })}
        />
        <HopSelect
          shown={t('hopsMax')}
          label={t('hopsMaxLabel')}
          value={arrow.maxHops}
          onPick={(maxHops) => onChange({ ...arrow, maxHops, minHops: Math.min(maxHops, arrow.minHops) })}
        />
      </div>
      <HTMLSelect
        aria-label={t('minGrade')}
        fill
        value={arrow.minGrade}
        onChange={(e) => onChange({ ...arrow, minGrade: e.currentTarget.value })}
      >
        {GRADE_CHOICES.map((g) => (
          <option key={g} value={g}>
            {g === '' ? t('anyGrade') : `${t('minGrade')} ${g}`}
          </option>
        ))}
      </HTMLSelect>
      <span className="pattern-arrow-line" aria-hidden>
        {arrow.direction === 'in' ? '◀────' : arrow.direction === 'both' ? '◀───▶' : '────▶'}
      </span>
    </fieldset>
  );
}

/** One end of an arrow's hop range: the other end follows so that min <= max. */
function HopSelect(props: { shown: string; label: string; value: number; onPick: (hops: number) => void }) {
  return (
    <label>
      <span aria-hidden>{props.shown}</span>
      <HTMLSelect
        aria-label={props.label}
        value={props.value}
        onChange={(e) => props.onPick(Number(e.currentTarget.value))}
      >
        {HOP_CHOICES.map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </HTMLSelect>
    </label>
  );
}
