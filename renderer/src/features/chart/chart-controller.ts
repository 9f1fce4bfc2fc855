import { mountedChart } from '../../chart/mounted';
import type { LayoutName } from '../../chart/types';
import { useAppStore } from '../../stores/app-store';

/**
 * Toolbar, menu and keyboard commands that act on the mounted chart's view (layouts, fit)
 * rather than on data. Data always flows through the store; the adapter is the one
 * registered in chart/mounted.ts.
 */
export const chartView = {
  /** Marks the page while a layout runs, so tests (and screenshots) can wait for it to settle. */
  runLayout(name: LayoutName, selectionOnly = false): void {
    const current = mountedChart();
    if (!current) return;
    const root = document.documentElement.dataset;
    root.plexusLayout = 'running';
    void current
      .runLayout(name, { selectionOnly })
      // Nodes moved: the chart is no longer as it was saved.
      .then(() => useAppStore.getState().markViewDirty())
      .finally(() => {
        root.plexusLayout = 'idle';
      });
  },
  fit(ids?: string[]): void {
    mountedChart()?.fit(ids);
  },
  zoom(factor: number): void {
    mountedChart()?.zoom(factor);
  },
  focus(): void {
    mountedChart()?.focus();
  },
  /** Node centres by element id (entities, and groups and notes by their decor ids). */
  positions(): Record<string, { x: number; y: number }> {
    return mountedChart()?.positions() ?? {};
  },
  /** Links bent round nodes on screen, so the exports bend them the same way. */
  bends(): Record<string, { x: number; y: number }> {
    return mountedChart()?.bends() ?? {};
  },
  freeSpot(): { x: number; y: number } {
    return mountedChart()?.freeSpot() ?? { x: 0, y: 0 };
  },
  positionOf(id: string): { x: number; y: number } | null {
    return mountedChart()?.positionOf(id) ?? null;
  },
};
