import { vi } from 'vitest';
import { createChart, type ChartInternals } from '../../../../../renderer/src/chart/adapter';
import type { ChartAdapterOptions } from '../../../../../renderer/src/chart/types';
import { adding, builtinSchema, entity, link } from './chart-fixtures';

const charts: ChartInternals[] = [];

/** A headless chart over the built-in schema, with spies for every callback. */
export function makeChart(): ChartInternals & { options: ChartAdapterOptions } {
  const options = {
    schema: builtinSchema(),
    headless: true,
    onSelectionChange: vi.fn(),
    onOpen: vi.fn(),
    onContextMenu: vi.fn(),
  } satisfies ChartAdapterOptions;
  const chart = createChart(null, options);
  charts.push(chart);
  return { ...chart, options };
}

/** For afterEach: destroys every chart made since the last call. */
export function destroyCharts(): void {
  for (const c of charts.splice(0)) c.adapter.destroy();
}

/** Lets queued selection reports run. */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A person employed by a company and associated with two others. */
export function smallCase() {
  return adding(
    [entity('p1'), entity('p2'), entity('p3'), entity('c1', 'Company', { label: 'Acme Ltd' })],
    [
      link('l1', 'p1', 'c1', 'EMPLOYED_BY', { confidence: 'confirmed' }),
      link('l2', 'p1', 'p2', 'ASSOCIATE_OF', { confidence: 'probable' }),
      link('l3', 'p1', 'p3', 'ASSOCIATE_OF', { confidence: 'possible' }),
      link('l4', 'p2', 'p3', 'ASSOCIATE_OF', { confidence: 'doubtful' }),
    ],
  );
}
