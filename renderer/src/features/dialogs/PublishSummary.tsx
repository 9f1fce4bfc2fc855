import { useTranslation } from 'react-i18next';
import type { PublishResult } from '../../../../graph-schema/contract';
import { formatNumber } from '../../i18n/format';

type Cell = 'created' | 'updated' | 'unchanged' | 'conflicts';

/** The counts of a dry run or a publish, as a compact row the eye can compare between runs. */
export function PublishSummary({ result }: { result: PublishResult }) {
  const { t } = useTranslation('dialogs', { keyPrefix: 'summary' });
  const cells: [Cell, number][] = [
    ['created', result.created],
    ['updated', result.updated],
    ['unchanged', result.unchanged],
    ['conflicts', result.conflicts.length],
  ];
  return (
    <section className="publish-summary" aria-label={result.dryRun ? t('dryRunLabel') : t('publishedLabel')}>
      <h4 className="section-title">{result.dryRun ? t('dryRunTitle') : t('publishedTitle')}</h4>
      <dl className="count-row">
        {cells.map(([cell, count]) => (
          <div key={cell} className={cell === 'conflicts' && count > 0 ? 'count warn' : 'count'}>
            <dt>{t(cell)}</dt>
            <dd data-testid={`${result.dryRun ? 'dry-run' : 'published'}-${cell}`}>{formatNumber(count)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
