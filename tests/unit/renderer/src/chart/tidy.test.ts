import { afterEach, expect, it } from 'vitest';
import { EMPTY_DECOR, layoutable, type ChartDecor } from '../../../../../renderer/src/chart/decor';
import { tidyLayout } from '../../../../../renderer/src/chart/tidy';
import { adding, link } from './chart-fixtures';
import { destroyCharts, makeChart } from './chart-harness';
import { expectHonest, person } from './geometry-fixtures';

afterEach(destroyCharts);

const NOTE_TEXT =
  'Start here: Zhōu Hàorán runs Lanxin and is in touch with two students and a Kestrel engineer.';

/** Where Circle once left three of the demo's nodes: x and y on its note and linked, z along x's row. */
function onANote(attachedTo: string | null): { decor: ChartDecor } & ReturnType<typeof makeChart> {
  const chart = makeChart();
  chart.adapter.restore(
    adding([person('x', 1), person('y', 2), person('z', 3)], [link('xy', 'x', 'y'), link('xz', 'x', 'z')]),
    { positions: { x: { x: 214, y: 168 }, y: { x: 281, y: 97 }, z: { x: 886, y: 168 } }, viewport: null },
  );
  const decor = { ...EMPTY_DECOR, annotations: [{ id: 'n', text: NOTE_TEXT, x: 330, y: 130, attachedTo }] };
  chart.adapter.setDecor(decor);
  return { ...chart, decor };
}

it.each([null, 'z'])(
  'moves two linked nodes off a note (attached to %s), which stays: each line runs into it until the other end has moved',
  (attachedTo) => {
    const { adapter, cy, decor } = onANote(attachedTo);
    const note = adapter.positions()['note:n'];
    tidyLayout(cy, layoutable(cy, decor));
    expect(adapter.positions()['note:n']).toEqual(note);
    expectHonest(adapter);
  },
);
