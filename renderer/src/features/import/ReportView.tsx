import { Button } from '@blueprintjs/core';
import type { ImportReport } from '../../../../graph-schema/contract';
import { downloadText, rejectedCsv, rejectedFileName } from './rejected-csv';
import { RejectedTable } from './RejectedTable';

/** The counts of a dry run or an import, then the rejected rows, saveable as a CSV. */
export function ReportView({ report, path }: { report: ImportReport; path: string }) {
  const kind = report.dryRun ? 'dry-run' : 'imported';
  const cells: [string, string, number][] = [
    ['Rows read', 'rows', report.rowsRead],
    [report.dryRun ? 'Entities to create' : 'Entities created', 'entities', report.created.entities],
    [report.dryRun ? 'Links to create' : 'Links created', 'links', report.created.links],
    [report.dryRun ? 'Would merge' : 'Merged', 'merged', report.merged],
    ['Rejected', 'rejected', report.rejectedTotal],
  ];
  return (
    <section className="report-section" aria-label={report.dryRun ? 'Dry run result' : 'Import result'}>
      <h4 className="section-title">
        {report.dryRun ? 'Dry run: what importing would do (nothing written)' : 'Imported'}
      </h4>
      <dl className="count-row five">
        {cells.map(([label, id, count]) => (
          <div key={id} className={id === 'rejected' && count > 0 ? 'count warn' : 'count'}>
            <dt>{label}</dt>
            <dd data-testid={`${kind}-${id}`}>{count.toLocaleString()}</dd>
          </div>
        ))}
      </dl>
      {report.rejected.length > 0 && (
        <>
          <div className="rejected-header">
            <h4 className="section-title">Rejected rows</h4>
            <Button
              size="small"
              icon="download"
              text="Save rejected rows…"
              onClick={() => downloadText(rejectedFileName(path), rejectedCsv(report.rejected))}
            />
          </div>
          <RejectedTable items={report.rejected} total={report.rejectedTotal} />
        </>
      )}
    </section>
  );
}
