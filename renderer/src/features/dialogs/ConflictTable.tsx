import { HTMLTable, Tag } from '@blueprintjs/core';
import { HTMLSelect } from '../../ui/HTMLSelect';
import { useTranslation } from 'react-i18next';
import type { PublishConflict, Resolution } from '../../../../graph-schema/contract';
import { formatDateTimeCompact } from '../../i18n/format';
import type { Resolutions } from '../../stores/transfer-slice';

interface ConflictTableProps {
  conflicts: readonly PublishConflict[];
  choices: Resolutions;
  onChoose(id: string, resolution: Resolution): void;
  /** What the case file is published into: the columns and choices name it. */
  target: 'server' | 'caseFile';
}

/**
 * Items changed on both sides since they were taken offline, each with the analyst's choice.
 * Times are in the analyst's own zone, to the minute: enough to tell two edits apart.
 */
export function ConflictTable({ conflicts, choices, onChoose, target }: ConflictTableProps) {
  const { t } = useTranslation('dialogs');
  const side = target === 'server' ? 'conflictsServer' : 'conflictsCaseFile';
  return (
    <div className="conflict-table-wrap">
      <HTMLTable compact striped className="conflict-table" aria-label={t('conflicts.label')}>
        <thead>
          <tr>
            <th scope="col">{t('conflicts.item')}</th>
            <th scope="col">{t('conflicts.fields')}</th>
            <th scope="col">{t(`${side}.mine`)}</th>
            <th scope="col">{t(`${side}.theirs`)}</th>
            <th scope="col">{t('conflicts.keep')}</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((c) => (
            <tr key={c.id}>
              <td>
                <Tag minimal className="kind-tag">
                  {t(`conflictKind.${c.kind}`)}
                </Tag>{' '}
                {c.label}
              </td>
              <td className="mono">
                {c.server ? c.fields.join(t('conflicts.fieldSeparator')) : t(`${side}.deletedTheirs`)}
              </td>
              <td>
                {c.local.updatedBy}
                <div className="muted when">{formatDateTimeCompact(c.local.updatedAt)}</div>
              </td>
              <td>
                {c.server ? (
                  <>
                    {c.server.updatedBy}
                    <div className="muted when">{formatDateTimeCompact(c.server.updatedAt)}</div>
                  </>
                ) : (
                  <span className="muted">{t('conflicts.deleted')}</span>
                )}
              </td>
              <td className="keep-cell">
                <HTMLSelect
                  aria-label={t('conflicts.resolutionFor', { label: c.label })}
                  value={choices[c.id] ?? 'server'}
                  onChange={(e) => onChoose(c.id, e.currentTarget.value as Resolution)}
                >
                  <option value="server">{t(`${side}.keepTheirs`)}</option>
                  <option value="local">{t('conflicts.useMine')}</option>
                </HTMLSelect>
              </td>
            </tr>
          ))}
        </tbody>
      </HTMLTable>
    </div>
  );
}
