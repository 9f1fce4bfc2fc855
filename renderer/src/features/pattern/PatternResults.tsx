import { Button, Callout } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { PatternResult } from '../../../../graph-schema/model/pattern';
import type { SchemaIndex } from '../../../../graph-schema/model/schema';
import { formatNumber } from '../../i18n/format';
import { TypeIcon } from '../../ui/TypeIcon';
import { pickRow } from '../../stores/pattern-store';
import { addRowsToChart } from './pattern-chart';

/** The matches, a row per match: each box's entity and the hops each link took. */
export function PatternResults({
  result,
  picked,
  index,
}: {
  result: PatternResult;
  picked: readonly number[];
  index: SchemaIndex;
}) {
  const { t } = useTranslation('pattern');
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const boxes = result.rows[0]?.entities.length ?? 0;
  if (result.rows.length === 0)
    return (
      <Callout compact role="status" className="pattern-summary">
        {t('results.none')}
      </Callout>
    );
  const count = result.rows.length;
  // Read by name, box by box; the row's number in the answer stays its key for picking.
  const labelOf = (id: string) => byId.get(id)?.label ?? id;
  const order = result.rows
    .map((row, r) => ({ row, r, key: row.entities.map(labelOf) }))
    .sort((a, b) => {
      for (let k = 0; k < a.key.length; k++) {
        const diff = (a.key[k] ?? '').localeCompare(b.key[k] ?? '');
        if (diff !== 0) return diff;
      }
      return a.r - b.r;
    });
  return (
    <div className="pattern-results">
      <div className="pattern-results-head">
        <span role="status" className="pattern-summary">
          {t('results.count', { count, formatted: formatNumber(count) })}
          {result.truncated && (
            <span className="pattern-truncated">
              {' '}
              {t('results.truncated', { formatted: formatNumber(result.limit) })}
            </span>
          )}
        </span>
        <Button
          size="small"
          intent="primary"
          icon="add"
          text={
            picked.length > 0
              ? t('results.addPicked', { count: picked.length, formatted: formatNumber(picked.length) })
              : t('results.addAll')
          }
          onClick={() => void addRowsToChart()}
        />
      </div>
      <div className="pattern-table-wrap">
        <table className="pattern-table" role="grid" aria-multiselectable aria-label={t('title')}>
          <thead>
            <tr>
              {Array.from({ length: boxes }, (_, k) => (
                <th key={`b${k}`} scope="col">
                  {t('box', { n: k + 1 })}
                </th>
              ))}
              {Array.from({ length: Math.max(0, boxes - 1) }, (_, k) => (
                <th key={`h${k}`} scope="col" className="num">
                  {t('results.hops', { n: k + 1 })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {order.map(({ row, r }) => (
              <tr
                key={row.entities.join('|')}
                tabIndex={0}
                aria-selected={picked.includes(r)}
                className={picked.includes(r) ? 'picked' : undefined}
                onClick={(e) => pickRow(r, e.ctrlKey || e.metaKey)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    pickRow(r, e.ctrlKey || e.metaKey);
                  }
                }}
              >
                {row.entities.map((id, k) => {
                  const entity = byId.get(id);
                  const type = entity ? index.entityType(entity.type) : undefined;
                  return (
                    <td key={k} title={entity ? index.typeLabel(entity.type) : id}>
                      {type && <TypeIcon icon={type.icon} color={type.color} size={12} />}
                      <span>{entity?.label ?? id}</span>
                    </td>
                  );
                })}
                {row.links.map((ids, k) => (
                  <td key={`h${k}`} className="num">
                    {ids.length}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="pattern-hint">{t('results.pickHint')}</p>
    </div>
  );
}
