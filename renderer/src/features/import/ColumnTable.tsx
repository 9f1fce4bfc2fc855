import { HTMLTable } from '@blueprintjs/core';
import { HTMLSelect } from '../../ui/HTMLSelect';
import { useTranslation } from 'react-i18next';
import type { MappingDraft } from '../../../../graph-schema/contract';
import type { SchemaIndex } from '../../../../graph-schema/model';
import { fieldOptions } from './mapping-check';
import { IGNORE, assignField, assignmentOf, groupLabel, groupsFor, roleColumns } from './mapping-edit';

interface ColumnTableProps {
  mapping: MappingDraft;
  columns: readonly string[];
  /** The first preview row, to show what a column holds. */
  sample: readonly string[];
  index: SchemaIndex;
  onChange(mapping: MappingDraft): void;
}

/**
 * Every column and where its value goes. Columns with a role above (a label, a key, a type)
 * say so; the others feed a common field or a property, are ignored, or by default land in
 * the notes as "column: value" so nothing in the file is silently lost.
 */
export function ColumnTable({ mapping, columns, sample, index, onChange }: ColumnTableProps) {
  const { t } = useTranslation('import', { keyPrefix: 'columns' });
  const groups = groupsFor(mapping.shape);
  const roles = roleColumns(mapping);
  if (groups.length === 0) return null;
  const options = groups.map((g) => ({ group: g, options: fieldOptions(mapping, g, index) }));
  return (
    <div className="map-columns-wrap">
      <HTMLTable compact striped className="dense-table map-columns" aria-label={t('table')}>
        <thead>
          <tr>
            <th scope="col">{t('column')}</th>
            <th scope="col">{t('firstValue')}</th>
            <th scope="col">{t('goesTo')}</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column, i) => {
            const role = roles.get(column);
            return (
              <tr key={column}>
                <th scope="row" className="mono">
                  {column}
                </th>
                <td className="cell-sample" title={sample[i]}>
                  {sample[i]}
                </td>
                <td>
                  {role ? (
                    <span className="muted">{role}</span>
                  ) : (
                    <HTMLSelect
                      aria-label={t('fieldFor', { column })}
                      fill
                      value={assignmentOf(mapping, column)}
                      onChange={(e) => onChange(assignField(mapping, column, e.currentTarget.value))}
                    >
                      <option value="">{t('notes', { column })}</option>
                      <option value={IGNORE}>{t('ignore')}</option>
                      {options.map(({ group, options: list }) => (
                        <optgroup key={group} label={groupLabel(group)}>
                          {list.map((o) => (
                            <option key={o.value} value={o.value}>
                              {groups.length > 1
                                ? t('groupField', { group: groupLabel(group), field: o.label })
                                : o.label}
                            </option>
                          ))}
                        </optgroup>
                      ))}
                    </HTMLSelect>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </HTMLTable>
    </div>
  );
}
