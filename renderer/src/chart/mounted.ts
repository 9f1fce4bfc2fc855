import { exposeChart } from './test-hook';
import type { ChartAdapter } from './types';

/**
 * The one registry of the mounted chart adapter. The chart host attaches it when the chart
 * mounts and detaches it on unmount; the store reads the live layout from it when saving, and
 * the view commands (layouts, fit) drive it. One place, so the two can never disagree.
 */
let mounted: ChartAdapter | null = null;

export function attachChart(adapter: ChartAdapter | null): void {
  mounted = adapter;
  exposeChart(adapter);
}

/** The chart on screen, or null when none is mounted (the start screen, unit tests). */
export function mountedChart(): ChartAdapter | null {
  return mounted;
}
