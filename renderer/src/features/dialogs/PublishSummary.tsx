import type { PublishResult } from '../../../../graph-schema/contract';

/** The counts of a dry run or a publish, as a compact row the eye can compare between runs. */
export function PublishSummary({ result }: { result: PublishResult }) {
  const cells: [string, number][] = [
    ['Created', result.created],
    ['Updated', result.updated],
    ['Unchanged', result.unchanged],
    ['Conflicts', result.conflicts.length],
  ];
  const title = result.dryRun ? 'Dry run: what publishing would do' : 'Published';
  return (
    <section className="publish-summary" aria-label={result.dryRun ? 'Dry run summary' : 'Publish summary'}>
      <h4 className="section-title">{title}</h4>
      <dl className="count-row">
        {cells.map(([label, count]) => (
          <div key={label} className={label === 'Conflicts' && count > 0 ? 'count warn' : 'count'}>
            <dt>{label}</dt>
            <dd data-testid={`${result.dryRun ? 'dry-run' : 'published'}-${label.toLowerCase()}`}>{count}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
