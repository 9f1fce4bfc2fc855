import { HTMLSelect, HTMLTable, Tag } from '@blueprintjs/core';
import type { PublishConflict, Resolution } from '../../../../graph-schema/contract';
import type { Resolutions } from '../../stores/transfer-slice';

interface ConflictTableProps {
  conflicts: readonly PublishConflict[];
  choices: Resolutions;
  onChoose(id: string, resolution: Resolution): void;
}

/** "2024-05-01 14:03", in the analyst's own zone: enough to tell two edits apart. */
function when(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Items changed on both sides since they were taken offline, each with the analyst's choice. */
export function ConflictTable({ conflicts, choices, onChoose }: ConflictTableProps) {
  return (
    <div className="conflict-table-wrap">
      <HTMLTable compact striped className="conflict-table" aria-label="Conflicts">
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Fields that differ</th>
            <th scope="col">In the case file</th>
            <th scope="col">On the server</th>
            <th scope="col">Keep</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((c) => (
            <tr key={c.id}>
              <td>
                <Tag minimal className="kind-tag">
                  {c.kind}
                </Tag>{' '}
                {c.label}
              </td>
              <td className="mono">{c.server ? c.fields.join(', ') : 'deleted on the server'}</td>
              <td>
                {c.local.updatedBy}
                <div className="muted when">{when(c.local.updatedAt)}</div>
              </td>
              <td>
                {c.server ? (
                  <>
                    {c.server.updatedBy}
                    <div className="muted when">{when(c.server.updatedAt)}</div>
                  </>
                ) : (
                  <span className="muted">deleted</span>
                )}
              </td>
              <td className="keep-cell">
                <HTMLSelect
                  aria-label={`Resolution for ${c.label}`}
                  value={choices[c.id] ?? 'server'}
                  onChange={(e) => onChoose(c.id, e.currentTarget.value as Resolution)}
                >
                  <option value="server">Keep server</option>
                  <option value="local">Use mine</option>
                </HTMLSelect>
              </td>
            </tr>
          ))}
        </tbody>
      </HTMLTable>
    </div>
  );
}
