import { Button } from '@blueprintjs/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../../graph-schema/contract/history';
import { formatDateTimeCompact } from '../../i18n/format';
import { toAppError, type AppError } from '../../stores/app-error';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { listItemHistory, openHistoryDialog } from '../../stores/history-state';
import { changesText, whoText } from './history-words';
import './history.css';

const SHOWN = 20;

/**
 * The selected item's own history under its fields: who changed what, when, newest first.
 * Keyed by the item's version by its parent, so a save reads it again.
 */
export function ItemHistory({ id, type }: { id: string; type: string }) {
  const { t } = useTranslation('history');
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    let live = true;
    listItemHistory(id, SHOWN).then(
      (found) => live && setEntries(found),
      (e: unknown) => live && setError(toAppError(e)),
    );
    return () => {
      live = false;
    };
  }, [id]);

  // A server keeps no history yet: nothing to show rather than an error under every item.
  if (error?.code === 'NOT_FOUND') return null;
  return (
    <section className="item-history" aria-label={t('item.title')} data-testid="item-history">
      <h3>{t('item.title')}</h3>
      <ErrorCallout error={error} />
      {entries?.length === 0 && <p className="history-empty">{t('item.empty')}</p>}
      <ol>
        {entries?.map((e) => (
          <li key={e.seq}>
            <div className="item-history-line">
              <span>{t(`op.${e.op}`)}</span>
              <span className="muted">
                {formatDateTimeCompact(e.at)} · {whoText(e)}
              </span>
            </div>
            {e.changes && <div className="history-changes">{changesText(e, type)}</div>}
            {e.reason && <div className="history-reason-text">{t('reason.shown', { reason: e.reason })}</div>}
          </li>
        ))}
      </ol>
      <Button
        size="small"
        variant="minimal"
        icon="history"
        text={t('item.all')}
        onClick={() => openHistoryDialog(id)}
      />
    </section>
  );
}
