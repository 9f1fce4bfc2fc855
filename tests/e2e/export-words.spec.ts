import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readPdf } from '../support/chart/pdf-text';
import { expect, shot, test } from './fixtures';
import { ChartsPage } from './pages/charts';

/**
 * An exported chart prints its own words in the export's language (issue 13): page footers,
 * a tile's place, the legend. The demo's starting chart is exported as a tiled PDF and an SVG
 * from an English and a Japanese browser; the SVG is photographed.
 */
const WORDS = {
  en: {
    page: (n: number, total: number) => `Page ${n} of ${total}`,
    tile: 'row 1 / col 1',
    legend: 'Legend',
    link: 'Confirmed link',
  },
  ja: {
    page: (n: number, total: number) => `ページ ${n} / ${total}`,
    tile: '1 行目・1 列目',
    legend: '凡例',
    link: '確認済みのリンク',
  },
} as const;

for (const language of ['en', 'ja'] as const) {
  test.describe(language, () => {
    test.use({ locale: language === 'ja' ? 'ja-JP' : 'en-US' });

    test(`prints the chart's own words in ${language}`, async ({ start, page, t, casesDir }) => {
      const words = WORDS[language];
      await start.openDemo();
      const charts = new ChartsPage(page, t);
      const pdfPath = path.join(casesDir, `tiled-${language}.pdf`);
      await charts.exportTo('PDF', pdfPath, async () => {
        await charts.exportDialog().getByLabel(t('chartExport:pdf.across')).selectOption('2');
      });
      const { pages } = await readPdf(readFileSync(pdfPath));
      expect(pages.length).toBeGreaterThan(1);
      pages.forEach((p, i) => expect(p.joined).toContain(words.page(i + 1, pages.length)));
      expect(pages[0]!.joined).toContain(words.legend);
      expect(pages[1]!.joined).toContain(words.tile);

      const svgPath = path.join(casesDir, `chart-${language}.svg`);
      await charts.exportTo('SVG', svgPath);
      const svg = readFileSync(svgPath, 'utf8');
      expect(svg).toContain(`>${words.legend}</text>`);
      expect(svg).toContain(words.link);
      await charts
        .exportDialog()
        .getByRole('button', { name: t('chartExport:close'), exact: true })
        .first()
        .click();
      await page.goto(`file://${svgPath}`);
      await shot(page, `ja13-export-svg-${language}`);
    });
  });
}
