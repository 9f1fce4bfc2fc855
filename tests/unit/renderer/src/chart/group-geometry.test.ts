import { afterEach, describe, expect, it } from 'vitest';
import { intruders } from '../../../../../graph-schema/chart/geometry';
import type { ChartGroup } from '../../../../../graph-schema/chart/saved-chart';
import { LAYOUT_NAMES } from '../../../../../renderer/src/chart/adapter';
import { EMPTY_DECOR } from '../../../../../renderer/src/chart/decor';
import { groupBoxes } from '../../../../../renderer/src/chart/group-boxes';
import type { LayoutName } from '../../../../../renderer/src/chart/types';
import { destroyCharts, makeChart } from './chart-harness';
import { expandDiff, expectHonest, LANXIN_PLACES, openLanxin } from './geometry-fixtures';

afterEach(destroyCharts);

/** Guō and Lanxin Maritime share a row of the saved chart with Lanxin Holdings between them. */
const cell: ChartGroup = { id: 'g1', title: 'Lanxin officers', members: ['guo', 'lanxin'], collapsed: false };

function expectBoxesHoldMembersOnly(chart: ReturnType<typeof makeChart>): void {
  const { bodies } = chart.adapter.geometry();
  const boxes = groupBoxes(chart.cy);
  expect(boxes.length).toBeGreaterThan(0);
  for (const box of boxes) expect(intruders(box, bodies), box.id).toEqual([]);
}

describe('a group box holds its members and nothing else', () => {
  it('moves a non-member out of a new box, and only it', () => {
    const chart = makeChart();
    const known = openLanxin(chart.adapter);
    const before = chart.adapter.positions();
    chart.adapter.setDecor({ ...EMPTY_DECOR, groups: [cell] });
    expectBoxesHoldMembersOnly(chart);
    const after = chart.adapter.positions();
    const moved = Object.keys(LANXIN_PLACES).filter(
      (id) => JSON.stringify(after[id]) !== JSON.stringify(before[id]),
    );
    expect(moved).toEqual(['lanxinHold']);
    expectHonest(chart.adapter, known);
  });

  it('keeps expanded nodes out of a box', () => {
    const chart = makeChart();
    const known = openLanxin(chart.adapter);
    chart.adapter.setDecor({ ...EMPTY_DECOR, groups: [cell] });
    chart.adapter.apply(expandDiff(Object.keys(LANXIN_PLACES), 'lanxin'));
    expectBoxesHoldMembersOnly(chart);
    expectHonest(chart.adapter, known);
  });

  it.each(Object.keys(LAYOUT_NAMES) as LayoutName[])('after the %s layout', async (name) => {
    const chart = makeChart();
    openLanxin(chart.adapter);
    chart.adapter.setDecor({ ...EMPTY_DECOR, groups: [cell] });
    await chart.adapter.runLayout(name);
    expectBoxesHoldMembersOnly(chart);
    expectHonest(chart.adapter);
  });
});
