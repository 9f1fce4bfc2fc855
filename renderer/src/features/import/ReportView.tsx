import { Button } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../../graph-schema/contract';
import { formatNumber } from '../../i18n/format';
import { downloadText, rejectedCsv, rejectedFileName } from './rejected-csv';
import { RejectedTable } from './RejectedTable';

/** The counts of a dry run or an import, then the rejected rows, saveable as a CSV. */
export function ReportView({ report, path }: { report: ImportReport; path: string }) {
  const { t } = useTranslation('import', { keyPrefix: 'report' });
  const dry = report.dryRun;
  const kind = dry ? 'dry-run' : 'imported';
  const cells: [string, string, number][] = [
    [t('rowsRead'), 'rows', report.rowsRead],
    [dry ? t('toCreateEntities') : t('createdEntities'), 'entities', report.created.entities],
    [dry ? t('toCreateLinks') : t('createdLinks'), 'links', report.created.links],
    [dry ? t('wouldMerge') : t('merged'), 'merged', report.merged],
    [t('rejected'), 'rejected', report.rejectedTotal],
  ];
  return (
    <section className="report-section" aria-label={dry ? t('dryRunResult') : t('importResult')}>
      <h4 className="section-title">{dry ? t('dryRunTitle') : t('importedTitle')}</h4>
      <dl className="count-row five">
        {cells.map(([label, id, count]) => (
          <div key={id} className={id === 'rejected' && count > 0 ? 'count warn' : 'count'}>
            <dt>{label}</dt>
            <dd data-testid={`${kind}-${id}`}>{formatNumber(count)}</dd>
          </div>
        ))}
      </dl>
      {report.evidence && <EvidenceCounts evidence={report.evidence} dry={dry} kind={kind} />}
      {report.rejected.length > 0 && (
        <>
          <div className="rejected-header">
            <h4 className="section-title">{t('rejectedRows')}</h4>
            <Button
              size="small"
              icon="download"
              text={t('saveRejected')}
              onClick={() => downloadText(rejectedFileName(path), rejectedCsv(report.rejected))}
            />
          </div>
          <RejectedTable items={report.rejected} total={report.rejectedTotal} />
        </>
      )}
    </section>
  );
}

/** What a STIX or FtM file brought besides records: its citations and the sources new to the case. */
function EvidenceCounts({
  evidence,
  dry,
  kind,
}: {
  evidence: NonNullable<ImportReport['evidence']>;
  dry: boolean;
  kind: string;
}) {
  const { t } = useTranslation('importEvidence');
  const cells: [string, string, number][] = [
    [dry ? t('toCite') : t('citations'), 'citations', evidence.citations],
    [dry ? t('toAddSources') : t('sources'), 'sources', evidence.sources],
  ];
  return (
    <dl className="count-row five" aria-label={t('label')}>
      {cells.map(([label, id, count]) => (
        <div key={id} className="count">
          <dt>{label}</dt>
          <dd data-testid={`${kind}-${id}`}>{formatNumber(count)}</dd>
        </div>
      ))}
    </dl>
  );
}
