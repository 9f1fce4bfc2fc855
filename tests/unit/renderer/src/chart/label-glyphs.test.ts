import { afterEach, describe, expect, it } from 'vitest';
import { GLYPH_WAIT_CLASS } from '../../../../../renderer/src/chart/label-classes';
import { familiesOf, FontParts, type FontPart } from '../../../../../renderer/src/chart/font-parts';
import { bindLabelGlyphs, type LabelGlyphs } from '../../../../../renderer/src/chart/label-glyphs';
import { bindLabelPlacement, type LabelPlacer } from '../../../../../renderer/src/chart/label-placement';
import { BULK_CLASS, NEAR_CLASS } from '../../../../../renderer/src/chart/looks';
import { CHART_FONT } from '../../../../../renderer/src/chart/style';
import { destroyCharts, makeChart, settle } from './chart-harness';

const bound: (LabelGlyphs | LabelPlacer)[] = [];
afterEach(() => {
  for (const b of bound.splice(0)) b.destroy();
  destroyCharts();
});

/** A font part whose load answers when the test says: `settle` loads, `fail` fails. */
class FakePart implements FontPart {
  status = 'unloaded';
  loads = 0;
  private pending: { resolve(): void; reject(e: Error): void } | null = null;
  constructor(
    readonly family: string,
    readonly unicodeRange: string,
    loaded = false,
  ) {
    if (loaded) this.status = 'loaded';
  }
  load(): Promise<unknown> {
    this.loads++;
    this.status = 'loading';
    return new Promise<void>((resolve, reject) => (this.pending = { resolve, reject }));
  }
  finish(fail: boolean) {
    if (!this.pending) return;
    this.status = fail ? 'error' : 'loaded';
    if (fail) this.pending.reject(new Error('no such file'));
    else this.pending.resolve();
    this.pending = null;
  }
}

/** Latin loaded; Japanese in three parts not loaded yet; Chinese and JP's own Latin never needed. */
function fakeFonts() {
  const parts = {
    latin: new FakePart('Noto Sans', 'U+0-24F, U+2026', true),
    jpLatin: new FakePart('"Noto Sans JP"', 'U+0-7F'),
    employ: new FakePart('"Noto Sans JP"', 'U+96C7, U+7528'),
    study: new FakePart('"Noto Sans JP"', 'U+7559, U+5B66, U+751F'),
    rest: new FakePart(
      '"Noto Sans JP"',
      'U+3040-30FF, U+4E00-4EFF, U+5200-52FF, U+56FD, U+5BB6, U+652F, U+6255, U+7591',
    ),
    sc: new FakePart('Noto Sans SC', 'U+4E00-9FFF'),
  };
  const all = Object.values(parts);
  const finish = async (fail: boolean) => {
    for (const p of all) p.finish(fail);
    await settle();
    await settle();
  };
  return {
    parts,
    fontParts: new FontParts(all, familiesOf(CHART_FONT)),
    settle: () => finish(false),
    fail: () => finish(true),
  };
}

const person = (id: string, x: number, label: string) => ({
  group: 'nodes' as const,
  data: { id, type: 'Person', label },
  position: { x, y: 0 },
});

function chart() {
  const { cy } = makeChart();
  const fonts = fakeFonts();
  bound.push(bindLabelGlyphs(cy, fonts.fontParts));
  return { cy, fonts };
}

describe('labels wait for their glyphs', () => {
  it('draws a name whose font part is not loaded only once it is', async () => {
    const { cy, fonts } = chart();
    cy.add([person('a', 0, '雇用 Sato'), person('b', 300, 'Wang Lei')]);
    // Not drawn meanwhile: missing-glyph boxes would stay as the label's texture.
    expect(cy.$id('a').hasClass(GLYPH_WAIT_CLASS)).toBe(true);
    expect(cy.$id('a').style('label')).toBe('');
    expect(cy.$id('b').hasClass(GLYPH_WAIT_CLASS)).toBe(false);
    // Latin is drawn by Noto Sans, loaded: JP's own Latin part is never waited for.
    expect(cy.$id('b').style('label')).toBe('Wang Lei');
    expect(fonts.parts.employ.loads).toBe(1);
    expect(fonts.parts.jpLatin.loads).toBe(0);
    expect(fonts.parts.sc.loads).toBe(0);

    await fonts.settle();
    expect(cy.$id('a').hasClass(GLYPH_WAIT_CLASS)).toBe(false);
    expect(cy.$id('a').style('label')).toBe('雇用 Sato');
  });

  it('asks once for a character many labels share, and holds a renamed label again', async () => {
    const { cy, fonts } = chart();
    cy.add([person('a', 0, '留学'), person('b', 300, '留学生')]);
    expect(fonts.parts.study.loads).toBe(1);
    await fonts.settle();
    expect(cy.elements(`.${GLYPH_WAIT_CLASS}`).length).toBe(0);

    cy.$id('b').data('label', '任務付与');
    expect(cy.$id('b').hasClass(GLYPH_WAIT_CLASS)).toBe(true);
    expect(fonts.parts.rest.loads).toBe(1);
    await fonts.settle();
    expect(cy.$id('b').style('label')).toBe('任務付与');
  });

  it('draws the label with the fallback font when its part cannot load, rather than never', async () => {
    const { cy, fonts } = chart();
    cy.add([person('a', 0, '支払')]);
    expect(cy.$id('a').style('label')).toBe('');
    await fonts.fail();
    expect(cy.$id('a').style('label')).toBe('支払');
  });

  it('places a waiting label once it is drawn, and not before', async () => {
    const { cy, fonts } = chart();
    const placer = bindLabelPlacement(cy);
    bound.push(placer);
    cy.add([person('a', 0, '国家による任務付与'), person('b', 400, 'Wang Lei')]);
    expect(placer.placeNow().placed.map((p) => p.id)).toEqual(['b']);
    await fonts.settle();
    expect(
      placer
        .placeNow()
        .placed.map((p) => p.id)
        .sort(),
    ).toEqual(['a', 'b']);
    // A placement made while a label waits leaves the wait alone.
    cy.$id('b').data('label', '留学生');
    placer.placeNow();
    expect(cy.$id('b').hasClass(GLYPH_WAIT_CLASS)).toBe(true);
  });

  it('loads the parts of a big chart’s labels away from the view without holding them, and holds one brought near', async () => {
    const { cy, fonts } = chart();
    cy.add([{ ...person('a', 0, '雇用'), classes: [BULK_CLASS] }]);
    // Not drawn anyway: no class to add (and take away) on every element of a big chart.
    expect(cy.$id('a').hasClass(GLYPH_WAIT_CLASS)).toBe(false);
    expect(fonts.parts.employ.loads).toBe(1);
    cy.$id('a').addClass(NEAR_CLASS);
    expect(cy.$id('a').hasClass(GLYPH_WAIT_CLASS)).toBe(true);
    await fonts.settle();
    expect(cy.$id('a').hasClass(GLYPH_WAIT_CLASS)).toBe(false);
  });
});
