import { afterEach, expect, it } from 'vitest';
import { destroyCharts, makeChart } from './chart-harness';
import { openLanxin } from './geometry-fixtures';

afterEach(destroyCharts);

it("draws the demo's starting chart with no node on a node, a label or a link it does not join", () => {
  expect(openLanxin(makeChart().adapter)).toEqual([]);
});
