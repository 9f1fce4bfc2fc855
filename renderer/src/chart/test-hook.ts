import type { DrawnLabel } from './drawn-labels';
import { CHART_FONT } from './style';
import type { ChartAdapter, ChartGeometry } from './types';
import type { Viewport } from '../../../graph-schema/chart/saved-chart';

/** What end-to-end tests read from the page: the chart as drawn, read-only. */
export interface ChartProbe {
  geometry(): ChartGeometry;
  viewport(): Viewport;
  /** Labels drawn now (none when zoomed out), as the renderer measures them. */
  labels(): DrawnLabel[];
  /** The font list labels are drawn in (CSS font-family). */
  labelFont: string;
}

type ProbeHost = typeof globalThis & { __plexusChart?: ChartProbe };

/**
 * Puts a read-only probe of the mounted chart on the window (`__plexusChart`), so browser
 * tests can check what is drawn with the same geometry the app places by
 * (graph-schema/chart/geometry.ts). It reads nothing the page does not show already.
 */
export function exposeChart(adapter: ChartAdapter | null): void {
  const host = globalThis as ProbeHost;
  if (!adapter) {
    delete host.__plexusChart;
    return;
  }
  host.__plexusChart = {
    geometry: () => adapter.geometry(),
    viewport: () => adapter.viewport(),
    labels: () => adapter.labels(),
    labelFont: CHART_FONT,
  };
}
