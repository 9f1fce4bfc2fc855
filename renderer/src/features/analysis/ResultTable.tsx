import { HTMLTable } from '@blueprintjs/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisResult } from '../../../../graph-schema/analysis/result';
import { compareNames, formatNumber } from '../../i18n/format';

/** More rows than a panel can show usefully; the CSV holds them all. */
export const TABLE_ROWS = 300;

/** One table row whatever the answer's kind: the entities it names, and its numbers. */
interface Row {
  key: string;
  ids: string[];
  labels: string[];
  /** Rank, or the community number. */
  first: number;
  /** Score, or the community's size. */
  second: number;
  /** A pair's link count. */
  links?: number;
}

type Column = 'first' | 'label' | 'second' | 'links';

function rowsOf(result: AnalysisResult, labelOf: (id: string) => string): Row[] {
  switch (result.kind) {
    case 'entities':
      return result.rows.map((r) => ({
        key: r.id,
        ids: [r.id],
        labels: [labelOf(r.id)],
        first: r.rank,
        second: r.score,
      }));
    case 'pairs':
      return result.rows.map((r) => ({
        key: `${r.source}|${r.target}`,
        ids: [r.source, r.target],
        labels: [labelOf(r.source), labelOf(r.target)],
        first: r.rank,
        second: r.score,
        links: r.links,
      }));
    case 'communities':
      return result.rows.map((r) => ({
        key: r.id,
        ids: [r.id],
        labels: [labelOf(r.id)],
        first: r.community,
        second: r.size,
      }));
  }
}

function score(value: number): string {
  return formatNumber(value, undefined, { maximumFractionDigits: Number.isInteger(value) ? 0 : 4 });
}

interface Props {
  result: AnalysisResult;
  labelOf(id: string): string;
  selected: ReadonlySet<string>;
  onSelect(ids: string[]): void;
  onFit(ids: string[]): void;
}

/** The answer as a sortable table; a row selects its entities on the chart, a double-click fits them. */
export function ResultTable({ result, labelOf, selected, onSelect, onFit }: Props) {
  const { t } = useTranslation('analysis');
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({
    column: 'first',
    descending: false,
  });
  const rows = useMemo(() => {
    const all = rowsOf(result, labelOf);
    const direction = sort.descending ? -1 : 1;
    const compare = (a: Row, b: Row): number => {
      switch (sort.column) {
        case 'label':
          return compareNames(a.labels.join(' '), b.labels.join(' '));
        case 'links':
          return (a.links ?? 0) - (b.links ?? 0);
        default:
          return a[sort.column] - b[sort.column];
      }
    };
    return all.sort((a, b) => direction * compare(a, b) || a.first - b.first);
  }, [result, labelOf, sort]);

  const isCommunities = result.kind === 'communities';
  const columns: { column: Column; title: string; numeric: boolean }[] = [
    { column: 'first', title: isCommunities ? t('columns.community') : t('columns.rank'), numeric: true },
    {
      column: 'label',
      title: result.kind === 'pairs' ? t('columns.pair') : t('columns.entity'),
      numeric: false,
    },
    { column: 'second', title: isCommunities ? t('columns.size') : t('columns.score'), numeric: true },
    ...(result.kind === 'pairs'
      ? [{ column: 'links' as const, title: t('columns.links'), numeric: true }]
      : []),
  ];
  const sortBy = (column: Column) =>
    setSort((s) => ({ column, descending: s.column === column ? !s.descending : column === 'second' }));

  return (
    <>
      <div className="analysis-table-wrap">
        <HTMLTable compact interactive className="analysis-table" aria-label={t('region')}>
          <thead>
            <tr>
              {columns.map((c) => (
                <th
                  key={c.column}
                  className={c.numeric ? 'num' : undefined}
                  aria-sort={
                    sort.column === c.column ? (sort.descending ? 'descending' : 'ascending') : 'none'
                  }
                >
                  <button
                    type="button"
                    title={t('sortBy', { column: c.title })}
                    onClick={() => sortBy(c.column)}
                  >
                    {c.title}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, TABLE_ROWS).map((row) => (
              <tr
                key={row.key}
                aria-selected={row.ids.every((id) => selected.has(id))}
                onClick={() => onSelect(row.ids)}
                onDoubleClick={() => onFit(row.ids)}
              >
                <td className="num">{formatNumber(row.first)}</td>
                <td className="label" title={row.labels.join(' – ')}>
                  {row.labels.join(' – ')}
                </td>
                <td className="num">{score(row.second)}</td>
                {result.kind === 'pairs' && <td className="num">{formatNumber(row.links ?? 0)}</td>}
              </tr>
            ))}
          </tbody>
        </HTMLTable>
      </div>
      {rows.length > TABLE_ROWS && (
        <p className="analysis-summary muted">
          {t('shown', { shown: formatNumber(TABLE_ROWS), total: formatNumber(rows.length) })}
        </p>
      )}
    </>
  );
}
