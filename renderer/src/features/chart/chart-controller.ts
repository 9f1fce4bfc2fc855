import type { ChartAdapter, LayoutName } from '../../chart/types';

/**
 * The mounted chart, for toolbar, menu and keyboard commands that act on the view
 * (layouts, fit) rather than on data. Data always flows through the store.
 */
let current: ChartAdapter | null = null;

export function attachChart(adapter: ChartAdapter | null): void {
  current = adapter;
}

export const chartView = {
  /** Marks the page while a layout runs, so tests (and screenshots) can wait for it to settle. */
  runLayout(name: LayoutName, selectionOnly = false): void {
    if (!current) return;
    const root = document.documentElement.dataset;
    root.plexusLayout = 'running';
    void current.runLayout(name, { selectionOnly }).finally(() => {
      root.plexusLayout = 'idle';
    });
  },
  fit(ids?: string[]): void {
    current?.fit(ids);
  },
  zoom(factor: number): void {
    current?.zoom(factor);
  },
  focus(): void {
    current?.focus();
  },
  /** Node centres by element id (entities, and groups and notes by their decor ids). */
  positions(): Record<string, { x: number; y: number }> {
    return current?.positions() ?? {};
  },
  freeSpot(): { x: number; y: number } {
    return current?.freeSpot() ?? { x: 0, y: 0 };
  },
  positionOf(id: string): { x: number; y: number } | null {
    return current?.positionOf(id) ?? null;
  },
};
