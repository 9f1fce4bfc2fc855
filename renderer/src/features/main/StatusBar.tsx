import { useAppStore } from '../../stores/app-store';

const n = (count: number, one: string, many: string) =>
  `${count.toLocaleString()} ${count === 1 ? one : many}`;

export function StatusBar() {
  const chartEntities = useAppStore((s) => Object.keys(s.chart.entities).length);
  const chartLinks = useAppStore((s) => Object.keys(s.chart.links).length);
  const selected = useAppStore((s) => s.selection.entities.length + s.selection.links.length);
  const info = useAppStore((s) => s.caseInfo);
  if (!info) return null;
  const where =
    info.store.kind === 'case-file' ? `Case file: ${info.store.location}` : `Store: ${info.store.location}`;
  return (
    <footer className="status-bar" aria-label="Status">
      <span data-testid="chart-counts">
        Chart: {n(chartEntities, 'entity', 'entities')} · {n(chartLinks, 'link', 'links')}
      </span>
      <span data-testid="case-counts">
        Case: {n(info.entityCount, 'entity', 'entities')} · {n(info.linkCount, 'link', 'links')}
      </span>
      <span data-testid="selection-count">Selected: {selected.toLocaleString()}</span>
      <span className="spacer" />
      <span className="status-location" title={info.store.location} data-testid="case-location">
        {where}
      </span>
    </footer>
  );
}
