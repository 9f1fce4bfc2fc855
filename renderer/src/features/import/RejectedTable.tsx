import { HTMLTable } from '@blueprintjs/core';
import type { RejectedItem } from '../../../../graph-schema/contract';

/** Enough to read through; the saved CSV holds everything the report lists. */
const SHOWN = 200;

function where(item: RejectedItem): string {
  if (item.place.line !== undefined) return `line ${item.place.line}`;
  return item.place.element ?? '';
}

/** Rows the import leaves out, each with its file, line (or element), field and why. */
export function RejectedTable({ items, total }: { items: readonly RejectedItem[]; total: number }) {
  if (items.length === 0) return null;
  const shown = items.slice(0, SHOWN);
  return (
    <div className="rejected-wrap">
      <HTMLTable compact striped className="dense-table rejected-table" aria-label="Rejected rows">
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Line / element</th>
            <th scope="col">Field</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((item, i) => (
            <tr key={i}>
              <td className="mono" title={item.place.file}>
                {item.place.file.split(/[\\/]/).pop()}
              </td>
              <td className="mono">{where(item)}</td>
              <td className="mono">{item.place.field ?? ''}</td>
              <td>{item.message}</td>
            </tr>
          ))}
        </tbody>
      </HTMLTable>
      {total > shown.length && (
        <p className="muted table-note">
          Showing {shown.length.toLocaleString()} of {total.toLocaleString()} rejected rows
          {items.length < total ? '; the report lists the first ' + items.length.toLocaleString() : ''}.
        </p>
      )}
    </div>
  );
}
