import { describe, expect, it } from 'vitest';
import { renderChartPdf } from '../../../../../../electron/services/export/pdf/render-pdf';
import type { PdfOptions } from '../../../../../../graph-schema/chart/scene';
import { readPdf } from '../../../../../support/chart/pdf-text';
import { header, LEGEND, sampleScene, syntheticScene } from '../../../../../support/chart/scenes';

const options = (o: Partial<PdfOptions> = {}): PdfOptions => ({
  pageSize: 'A4',
  orientation: 'landscape',
  tile: false,
  tilesAcross: 2,
  ...o,
});

describe('renderChartPdf', () => {
  it('holds the title, both banners, every legend entry and Japanese and Cyrillic names as text', async () => {
    const pdf = await renderChartPdf(sampleScene('SECRET'), header({ caseMarking: 'OFFICIAL' }), options());
    expect(pdf.pages).toBe(1);
    const { pages, info } = await readPdf(pdf.bytes);
    expect(pages).toHaveLength(1);
    const [page] = pages;
    expect(page!.items.filter((s) => s === 'SECRET')).toHaveLength(2);
    expect(page!.joined).toContain('Operation Tern — link chart');
    for (const entry of LEGEND) expect(page!.items).toContain(entry.label);
    expect(page!.joined).toContain('山田太郎');
    expect(page!.joined).toContain('Иван Петров');
    expect(page!.joined).toContain('Acme Trading & Co <Ltd>');
    expect(info).toMatchObject({ Title: 'Operation Tern — link chart', Author: 'Analyst A. Example' });
    expect(String(info.Subject)).toContain('SECRET');
    // Fonts are subset: the whole Noto CJK family would be many megabytes.
    expect(pdf.bytes.byteLength).toBeLessThan(400_000);
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
  });

  it.each([
    ['A4', 'portrait', 595.28, 841.89],
    ['A4', 'landscape', 841.89, 595.28],
    ['A3', 'portrait', 841.89, 1190.55],
    ['Letter', 'landscape', 792, 612],
    ['Legal', 'portrait', 612, 1008],
  ] as const)('puts the chart on %s %s paper', async (pageSize, orientation, width, height) => {
    const pdf = await renderChartPdf(sampleScene(), header(), options({ pageSize, orientation }));
    const { pages } = await readPdf(pdf.bytes);
    expect(pages[0]!.width).toBeCloseTo(width, 1);
    expect(pages[0]!.height).toBeCloseTo(height, 1);
  });

  it('tiles a large chart: an overview and the sheets, each with both banners and its place in the grid', async () => {
    const pdf = await renderChartPdf(
      syntheticScene(300, 600),
      header({ caseMarking: 'TOP SECRET' }),
      options({ tile: true, tilesAcross: 2 }),
    );
    const { pages } = await readPdf(pdf.bytes);
    expect(pages.length).toBe(pdf.pages);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => {
      expect(page.items.filter((s) => s === 'TOP SECRET')).toHaveLength(2);
      expect(page.joined).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    expect(pages[1]!.joined).toContain('row 1 / col 1');
    for (const entry of LEGEND) expect(pages[0]!.items).toContain(entry.label);
  });

  it('prints its own words in the export’s language: ページ 1 / N, the tile’s place, 凡例', async () => {
    const pdf = await renderChartPdf(
      syntheticScene(300, 600),
      header({ language: 'ja' }),
      options({ tile: true, tilesAcross: 2 }),
    );
    const { pages } = await readPdf(pdf.bytes);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => {
      expect(page.joined).toContain(`ページ ${i + 1} / ${pages.length}`);
      expect(page.joined).not.toMatch(/Page \d|of \d/);
    });
    expect(pages[0]!.joined).toContain('凡例');
    expect(pages[1]!.joined).toContain('1 行目・1 列目');
  });
});
