import { Alert, Button, Callout, DialogBody, DialogFooter, InputGroup, Spinner } from '@blueprintjs/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HistoryOp, type HistoryCheck } from '../../../../graph-schema/contract/history';
import { formatDateTimeCompact } from '../../i18n/format';
import { Dialog } from '../../ui/Dialog';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { HTMLSelect } from '../../ui/HTMLSelect';
import {
  acceptServerHistoryNow,
  closeHistoryDialog,
  exportHistoryAs,
  loadHistory,
  setHistoryFilter,
  useHistory,
  verifyHistoryNow,
} from '../../stores/history-state';
import { useAppStore } from '../../stores/app-store';
import { changesText, problemText, whoText } from './history-words';
import './history.css';

/**
 * Only a server's history can be accepted as it is, and only where this computer's witness is
 * what differs (its database rebuilt or restored): asked first, in words that say what it gives up.
 */
function AcceptServerHistory({ check }: { check: HistoryCheck }) {
  const { t } = useTranslation('history');
  const [asking, setAsking] = useState(false);
  if (!check.problems.some((p) => p.code === 'witness-differs')) return null;
  return (
    <>
      <Button size="small" intent="warning" text={t('accept.action')} onClick={() => setAsking(true)} />
      <Alert
        isOpen={asking}
        intent="warning"
        icon="warning-sign"
        cancelButtonText={t('accept.cancel')}
        confirmButtonText={t('accept.confirm')}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          void acceptServerHistoryNow();
        }}
      >
        <p>{t('accept.question')}</p>
        <p>{t('accept.consequence')}</p>
      </Alert>
    </>
  );
}

function CheckResult({ check }: { check: HistoryCheck }) {
  const { t } = useTranslation('history');
  // A server's history has no seal: what breaks there is its head or this computer's witness.
  const onServer = useAppStore((s) => s.caseInfo?.store.kind === 'neo4j');
  return (
    <Callout
      intent={check.ok ? 'success' : 'danger'}
      icon={check.ok ? 'endorsed' : 'warning-sign'}
      title={t(check.ok ? 'check.okTitle' : 'check.badTitle')}
      data-testid="history-check"
    >
      {check.ok ? (
        <p>{t('check.okText', { count: check.entries })}</p>
      ) : (
        <>
          <p>{t('check.badText')}</p>
          <ul className="history-problems">
            {check.problems.slice(0, 10).map((p, i) => (
              <li key={i}>{problemText(p)}</li>
            ))}
          </ul>
        </>
      )}
      <p>{t(`check.anchor.${check.anchor === 'broken' && onServer ? 'brokenServer' : check.anchor}`)}</p>
      <p className="mono history-head">{t('check.head', { head: check.head })}</p>
      <AcceptServerHistory check={check} />
    </Callout>
  );
}

/** The case's history: filter by who, when, what and item; verify the chain; export what is shown. */
export function HistoryDialog() {
  const { t } = useTranslation('history');
  const { open, filter, entries, more, loading, error, check, verifying, exported } = useHistory();
  if (!open) return null;
  return (
    <Dialog isOpen onClose={closeHistoryDialog} title={t('dialog.title')} className="history-dialog">
      <DialogBody className="history-body">
        <div className="history-filters">
          <label>
            {t('dialog.who')}
            <InputGroup
              size="small"
              value={filter.who}
              placeholder={t('dialog.whoPlaceholder')}
              onChange={(e) => setHistoryFilter({ who: e.target.value })}
            />
          </label>
          <label>
            {t('dialog.since')}
            <InputGroup
              size="small"
              type="date"
              value={filter.since}
              onChange={(e) => setHistoryFilter({ since: e.target.value })}
            />
          </label>
          <label>
            {t('dialog.until')}
            <InputGroup
              size="small"
              type="date"
              value={filter.until}
              onChange={(e) => setHistoryFilter({ until: e.target.value })}
            />
          </label>
          <label>
            {t('dialog.op')}
            <HTMLSelect
              value={filter.op}
              onChange={(e) => setHistoryFilter({ op: e.target.value as HistoryOp | '' })}
              options={[
                { value: '', label: t('dialog.anyOp') },
                ...HistoryOp.options.map((op) => ({ value: op, label: t(`op.${op}`) })),
              ]}
            />
          </label>
          <label>
            {t('dialog.item')}
            <InputGroup
              size="small"
              value={filter.item}
              placeholder={t('dialog.itemPlaceholder')}
              onChange={(e) => setHistoryFilter({ item: e.target.value })}
            />
          </label>
        </div>
        <ErrorCallout error={error} />
        {verifying && <Callout icon={<Spinner size={16} />}>{t('dialog.verifying')}</Callout>}
        {check && !verifying && <CheckResult check={check} />}
        <div className="history-table-wrap">
          <table className="history-table" data-testid="history-table">
            <thead>
              <tr>
                <th>{t('columns.seq')}</th>
                <th>{t('columns.when')}</th>
                <th>{t('columns.who')}</th>
                <th>{t('columns.op')}</th>
                <th>{t('columns.what')}</th>
                <th>{t('columns.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.seq}>
                  <td className="num">{e.seq}</td>
                  <td className="nowrap">{formatDateTimeCompact(e.at)}</td>
                  <td>{whoText(e)}</td>
                  <td className="nowrap">{t(`op.${e.op}`)}</td>
                  <td>
                    {t('what', {
                      kind: t(`kind.${e.kind}`),
                      label: e.label,
                      action: t(`action_kind.${e.action}`),
                    })}
                  </td>
                  <td className="history-changes">
                    {changesText(e)}
                    {e.reason && (
                      <div className="history-reason-text">{t('reason.shown', { reason: e.reason })}</div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {entries.length === 0 && !loading && <p className="history-empty">{t('dialog.empty')}</p>}
        </div>
      </DialogBody>
      <DialogFooter
        actions={
          <>
            {more && (
              <Button
                size="small"
                text={t('dialog.more')}
                loading={loading}
                onClick={() => void loadHistory(true)}
              />
            )}
            <Button
              size="small"
              icon="endorsed"
              text={t('dialog.verify')}
              loading={verifying}
              onClick={() => void verifyHistoryNow()}
            />
            <Button
              size="small"
              icon="export"
              text={t('dialog.exportCsv')}
              onClick={() => void exportHistoryAs('csv')}
            />
            <Button
              size="small"
              icon="export"
              text={t('dialog.exportJson')}
              onClick={() => void exportHistoryAs('json')}
            />
            <Button size="small" text={t('dialog.close')} onClick={closeHistoryDialog} />
          </>
        }
      >
        <span className="history-count">
          {t('dialog.count', { count: entries.length })}
          {exported && ` · ${t('dialog.exported', { path: exported })}`}
        </span>
      </DialogFooter>
    </Dialog>
  );
}
