import { HTMLTable } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { RejectedItem } from '../../../../graph-schema/contract';
import { i18n } from '../../i18n';
import { rejectedWhy } from '../../i18n/errors';
import { formatNumber } from '../../i18n/format';

/** Enough to read through; the saved CSV holds everything the report lists. */
const SHOWN = 200;

function where(item: RejectedItem): string {
  if (item.place.line !== undefined) return i18n.t('import:rejected.line', { line: item.place.line });
  return item.place.element ?? '';
}

/** Rows the import leaves out, each with its file, line (or element), field and why. */
export function RejectedTable({ items, total }: { items: readonly RejectedItem[]; total: number }) {
  const { t } = useTranslation('import');
  if (items.length === 0) return null;
  const shown = items.slice(0, SHOWN);
  return (
    <div className="rejected-wrap">
      <HTMLTable compact striped className="dense-table rejected-table" aria-label={t('report.rejectedRows')}>
        <thead>
          <tr>
            <th scope="col">{t('rejected.file')}</th>
            <th scope="col">{t('rejected.where')}</th>
            <th scope="col">{t('rejected.field')}</th>
            <th scope="col">{t('rejected.why')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((item, i) => (
            <tr key={i}>
              <td className="mono" title={item.place.file}>
                {item.place.file.split(/[\\/]/).pop()}
              </td>
              {/* "line 4" is words (行目 in Japanese): only an element name is code, in mono. */}
              <td className={item.place.line === undefined ? 'mono' : undefined}>{where(item)}</td>
              <td className="mono">{item.place.field ?? ''}</td>
              <td>{rejectedWhy(item)}</td>
            </tr>
          ))}
        </tbody>
      </HTMLTable>
      {total > shown.length && (
        <p className="muted table-note">
          {t(items.length < total ? 'rejected.showingListed' : 'rejected.showing', {
            shown: formatNumber(shown.length),
            total: formatNumber(total),
            listed: formatNumber(items.length),
          })}
        </p>
      )}
    </div>
  );
}
