import { describe, expect, it } from 'vitest';
import { composeNaturalPage, composePages } from '../../../../graph-schema/chart/compose';
import type { Op, Page, TextOp } from '../../../../graph-schema/chart/display-list';
import { approximateMeasure } from '../../../../graph-schema/chart/text-wrap';
import { header, LEGEND, sampleScene, syntheticScene } from '../../../support/chart/scenes';

const A4_LANDSCAPE = { width: 841.89, height: 595.28 };
const options = { measure: approximateMeasure };

function flatten(ops: readonly Op[]): Op[] {
  return ops.flatMap((op) => (op.kind === 'group' ? [op, ...flatten(op.ops)] : [op]));
}
const texts = (page: Page): TextOp[] => flatten(page.ops).filter((op): op is TextOp => op.kind === 'text');

describe('composePages', () => {
  it('marks one page with the higher of the case marking and the scene marking, top and bottom', () => {
    const [page, ...rest] = composePages(
      sampleScene('SECRET'),
      header({ caseMarking: 'OFFICIAL' }),
      A4_LANDSCAPE,
      options,
    );
    expect(rest).toHaveLength(0);
    const banners = texts(page!).filter((t) => t.text === 'SECRET');
    expect(banners).toHaveLength(2);
    const [top, bottom] = banners.sort((a, b) => a.y - b.y);
    expect(top!.y).toBeLessThan(60);
    expect(bottom!.y).toBeGreaterThan(A4_LANDSCAPE.height - 60);
    const bands = page!.ops.filter((op) => op.kind === 'rect' && op.fill?.color === '#C8102E');
    expect(bands).toHaveLength(2);

    const higherCase = composePages(
      sampleScene('OFFICIAL'),
      header({ caseMarking: 'TOP SECRET' }),
      A4_LANDSCAPE,
      options,
    );
    expect(texts(higherCase[0]!).filter((t) => t.text === 'TOP SECRET')).toHaveLength(2);
  });

  it('prints the title block and every legend entry, and leaves the legend out when asked', () => {
    const [page] = composePages(sampleScene(), header(), A4_LANDSCAPE, options);
    const all = texts(page!).map((t) => t.text);
    expect(all).toEqual(
      expect.arrayContaining(['Operation Tern — link chart', 'Associates of 山田太郎', 'Legend']),
    );
    expect(all).toContain('Analyst A. Example · 2026-11-25');
    for (const entry of LEGEND) expect(all).toContain(entry.label);
    const [bare] = composePages(sampleScene(), header({ legend: false }), A4_LANDSCAPE, options);
    expect(texts(bare!).map((t) => t.text)).not.toContain('Legend');
  });

  it('draws every node label and fits the chart inside the page', () => {
    const scene = sampleScene();
    const [page] = composePages(scene, header(), A4_LANDSCAPE, options);
    const all = texts(page!).map((t) => t.text);
    for (const n of scene.nodes) expect(all).toContain(n.label);
    const chart = page!.ops.find((op) => op.kind === 'group');
    expect(chart?.kind).toBe('group');
    if (chart?.kind !== 'group' || !chart.clip) throw new Error('no chart group');
    expect(chart.clip.x).toBeGreaterThanOrEqual(0);
    expect(chart.clip.x + chart.clip.width).toBeLessThanOrEqual(A4_LANDSCAPE.width);
    expect(chart.clip.y + chart.clip.height).toBeLessThanOrEqual(A4_LANDSCAPE.height);
    // Draw order: groups first, annotations last.
    const kinds = chart.ops.map((op) => op.kind);
    expect(kinds[0]).toBe('rect');
  });

  it('tiles a large chart: an overview, then rows x columns sheets, each with banners, a label and crop marks', () => {
    const scene = syntheticScene(400, 800);
    const pages = composePages(scene, header(), A4_LANDSCAPE, { ...options, tile: true, tilesAcross: 3 });
    const sheets = pages.slice(1);
    expect(sheets.length % 3).toBe(0);
    const rows = sheets.length / 3;
    expect(rows).toBeGreaterThanOrEqual(1);
    pages.forEach((page, i) => {
      const all = texts(page).map((t) => t.text);
      expect(all.filter((t) => t === 'CONFIDENTIAL')).toHaveLength(2);
      expect(all).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    expect(texts(sheets[0]!).map((t) => t.text)).toContain(`row 1 / col 1 of ${rows} × 3`);
    expect(texts(sheets.at(-1)!).map((t) => t.text)).toContain(`row ${rows} / col 3 of ${rows} × 3`);
    // Eight crop-mark strokes at the corners, plus overlap lines and targets on inner edges.
    const marks = sheets[1]!.ops.filter((op) => op.kind === 'line' && op.stroke.color === '#000000');
    expect(marks.length).toBeGreaterThanOrEqual(8 + 4);
    const overview = texts(pages[0]!).map((t) => t.text);
    expect(overview).toContain(`${rows}/3`);
  });

  it('tilesAcross 1 fits the chart on one page even when tiling is on', () => {
    expect(
      composePages(sampleScene(), header(), A4_LANDSCAPE, { ...options, tile: true, tilesAcross: 1 }),
    ).toHaveLength(1);
  });

  it('sizes a natural page around the chart for SVG and PNG', () => {
    const page = composeNaturalPage(sampleScene(), header(), approximateMeasure);
    expect(page.width).toBeGreaterThan(480);
    expect(page.height).toBeGreaterThan(240);
    const big = composeNaturalPage(syntheticScene(2000, 4000), header(), approximateMeasure);
    expect(Math.max(big.width, big.height)).toBeLessThan(3200);
  });

  it('draws an empty chart without failing', () => {
    const empty = { ...sampleScene(), nodes: [], edges: [], groups: [], annotations: [] };
    expect(composePages(empty, header(), A4_LANDSCAPE, options)).toHaveLength(1);
  });
});
