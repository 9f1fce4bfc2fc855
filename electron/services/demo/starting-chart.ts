import type { ChartBodyInput } from '../../../graph-schema/chart/saved-chart';
import type { Link } from '../../../graph-schema/model/records';
import type { GraphStore } from '../store/graph-store';

/**
 * The chart the demo case opens on: its main story at a glance, so a first look shows a link
 * chart rather than an empty canvas. The Lanxin front company between the Seventh Bureau and
 * the students and insiders it reaches, placed by hand to read top (tasking) to bottom
 * (the people reached).
 */
export const STARTING_CHART_NAME = 'The Lanxin network';

// A data table: one place a line reads best.
// prettier-ignore
export const STARTING_CHART_PLACES: Record<string, { x: number; y: number }> = {
  inst614:    { x: -420, y: -300 },
  bureau7:    { x: 170,  y: -300 },
  guo:        { x: -420, y: -110 },
  lanxinHold: { x: -210, y: -110 },
  lanxin:     { x: 0,    y: -110 },
  haeseong:   { x: 300,  y: -230 },
  vautrin:    { x: 300,  y: -40 },
  zhou:       { x: 0,    y: 90 },
  li:         { x: -240, y: 270 },
  chen:       { x: 0,    y: 300 },
  ferreira:   { x: 240,  y: 270 },
  upc:        { x: -240, y: 450 },
};

export const CALLOUT =
  'Start here: Zhōu Hàorán runs Lanxin and is in touch with two students and a Kestrel engineer. Double-click anyone to expand.';

/** Saves the starting chart over the story's entities (by story key) and the links among them. */
export async function saveStartingChart(
  store: GraphStore,
  idOf: ReadonlyMap<string, string>,
  links: readonly Link[],
): Promise<void> {
  const entities = Object.entries(STARTING_CHART_PLACES).flatMap(([key, at]) => {
    const id = idOf.get(key);
    return id ? [{ id, x: at.x, y: at.y, pinned: false }] : [];
  });
  const onChart = new Set(entities.map((e) => e.id));
  const zhou = idOf.get('zhou');
  const chart: ChartBodyInput = {
    name: STARTING_CHART_NAME,
    entities,
    links: links.filter((l) => onChart.has(l.source) && onChart.has(l.target)).map((l) => l.id),
    annotations: zhou ? [{ id: 'n-start', text: CALLOUT, x: 330, y: 130, attachedTo: zhou }] : [],
    // No viewport: the chart is fitted to the window it opens in.
    viewport: null,
  };
  await store.charts.create(chart);
}
