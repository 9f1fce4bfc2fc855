import { Button } from '@blueprintjs/core';
import type { CaseInfo, SavedConnection } from '../../../../graph-schema/contract';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../stores/app-store';
import { visibleContent } from '../../stores/view-slice';
import type { AppState } from '../../stores/app-state';

function visibleCounts(state: AppState): { entities: number; links: number } {
  const { hidden } = state.view;
  // Runs on every store change: only filter when something is hidden.
  if (hidden.entities.length + hidden.links.length === 0) {
    return {
      entities: Object.keys(state.chart.entities).length,
      links: Object.keys(state.chart.links).length,
    };
  }
  const { entities, links } = visibleContent(state);
  return { entities: entities.length, links: links.length };
}

const n = (count: number, one: string, many: string) =>
  `${count.toLocaleString()} ${count === 1 ? one : many}`;

/** Which store is open, always: the analyst must never wonder whether edits reach the server. */
export function storeLabel(info: CaseInfo, connection: SavedConnection | null): string {
  if (info.store.kind === 'case-file')
    return `Case file: ${info.store.location}${info.store.readOnly ? ' (read-only)' : ''}`;
  const where = connection ? `${connection.uri} · ${connection.database}` : info.store.location;
  return `Neo4j: ${where}${info.store.readOnly ? ' (read-only)' : ''}`;
}

export function StatusBar() {
  const visible = useAppStore(useShallow(visibleCounts));
  const chartEntities = visible.entities;
  const chartLinks = visible.links;
  const hidden = useAppStore((s) => s.view.hidden.entities.length + s.view.hidden.links.length);
  const groups = useAppStore((s) => s.view.groups.length);
  const notes = useAppStore((s) => s.view.annotations.length);
  const selected = useAppStore((s) => s.selection.entities.length + s.selection.links.length);
  const info = useAppStore((s) => s.caseInfo);
  const connection = useAppStore((s) => s.activeConnection);
  const slowQuery = useAppStore((s) => s.slowQuery);
  const cancelling = useAppStore((s) => s.cancelling);
  const cancelQueries = useAppStore((s) => s.cancelQueries);
  if (!info) return null;
  const where = storeLabel(info, connection);
  return (
    <footer className="status-bar" aria-label="Status">
      <span data-testid="chart-counts">
        Chart: {n(chartEntities, 'entity', 'entities')} · {n(chartLinks, 'link', 'links')}
        {groups > 0 && ` · ${n(groups, 'group', 'groups')}`}
        {notes > 0 && ` · ${n(notes, 'note', 'notes')}`}
        {hidden > 0 && ` · ${hidden.toLocaleString()} hidden`}
      </span>
      <span data-testid="case-counts">
        Case: {n(info.entityCount, 'entity', 'entities')} · {n(info.linkCount, 'link', 'links')}
      </span>
      <span data-testid="selection-count">Selected: {selected.toLocaleString()}</span>
      <span className="spacer" />
      {slowQuery && (
        <span className="status-query" role="status">
          Query running…
          <Button
            size="small"
            variant="minimal"
            intent="warning"
            icon="stop"
            text="Cancel query"
            title="Cancel the running query (Escape)"
            loading={cancelling}
            onClick={() => void cancelQueries()}
          />
        </span>
      )}
      <span className={`status-location store-${info.store.kind}`} title={where} data-testid="case-location">
        {where}
      </span>
    </footer>
  );
}
