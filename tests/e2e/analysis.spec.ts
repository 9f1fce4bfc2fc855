import { expect, shot, test } from './fixtures';
import { AnalysisPage, radiiByLabel } from './pages/analysis';
import { ChartsPage } from './pages/charts';

test('asks the chart two questions and for its communities; the table drives the chart and is saved with it', async ({
  start,
  main,
  page,
}) => {
  const analysis = new AnalysisPage(page);
  const charts = new ChartsPage(page);
  await start.openDemo();
  await expect(main.chartCounts()).toHaveText(/^Chart: 12 entities · (\d+) links · 1 note$/);
  const links = Number(/(\d+) links/.exec((await main.chartCounts().textContent()) ?? '')?.[1]);
  await analysis.open();

  // 1. Who connects the network best: every entity in sight, ranked, on the links in sight.
  await analysis.ask('Connects the network best');
  await expect(analysis.panel()).toContainText(`On 12 entities and ${links} links in sight`);
  const byBetweenness = await analysis.rows();
  expect(byBetweenness).toHaveLength(12);
  expect(byBetweenness[0]?.[0]).toBe('1');
  const broker = byBetweenness[0]?.[1] ?? '';
  // Scores fall down the table: no row outranks the one above it.
  const scores = byBetweenness.map((r) => Number((r[2] ?? '').replace(/,/g, '')));
  expect(scores).toEqual([...scores].sort((a, b) => b - a));

  // A row selects its entity on the chart (the inspector shows it).
  await analysis.table().locator('tbody tr').first().click();
  await expect(main.inspector().getByLabel('Label')).toHaveValue(broker);

  // Size by score: the top-ranked entity is drawn the largest.
  await analysis.panel().getByRole('button', { name: 'Size by score' }).click();
  // Labels are drawn cut short ("Lanxin Maritime…"): an entity's body is the one whose label starts its name.
  const radiusOf = (drawn: Map<string, number>, name: string) =>
    [...drawn].find(([text]) => name.startsWith(text.replace(/…$/, '')))?.[1];
  await expect(async () => {
    const drawn = await radiiByLabel(page);
    const entityRadii = byBetweenness.map((row) => radiusOf(drawn, row[1] ?? ''));
    expect(entityRadii[0]).toBe(Math.max(...entityRadii.map((r) => r ?? 0)));
    expect(new Set(entityRadii).size).toBeGreaterThan(2);
  }).toPass();
  await shot(page, 'analysis-betweenness-en');

  // 2. Who is most influential, sorted by name on a click of the column.
  await analysis.ask('Most influential');
  await expect(analysis.panel().getByLabel('Measure')).toHaveValue('pagerank');
  await analysis.table().getByRole('button', { name: 'Entity' }).click();
  const names = (await analysis.rows()).map((r) => r[1] ?? '');
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));

  // Hide below rank 8: the four lowest-ranked leave the view (and come back with Show hidden).
  await analysis.table().getByRole('button', { name: 'Rank' }).click();
  const hideRank = analysis.panel().getByLabel('Hide below rank');
  await hideRank.fill('8');
  await analysis.panel().getByRole('button', { name: 'Hide', exact: true }).click();
  await expect(main.chartCounts()).toHaveText(/ · 4 hidden$/);
  await main.undo();
  await expect(main.chartCounts()).not.toHaveText(/hidden/);

  // 3. Communities, coloured on the chart; the legend names them.
  await analysis.ask('Communities');
  await expect(analysis.panel()).toContainText(/\d+ communit(y|ies), modularity 0\.\d+/);
  const communities = await analysis.rows();
  expect(communities).toHaveLength(12);
  await analysis.panel().getByRole('button', { name: 'Colour by community' }).click();
  await shot(page, 'analysis-communities-en');
  await charts.menu('Style and legend…');
  const styleDialog = page.getByRole('dialog', { name: 'Chart style' });
  await expect(styleDialog.getByRole('region', { name: 'Legend' })).toContainText('Community');
  await styleDialog.getByRole('button', { name: 'Close' }).first().click();

  // Saved with the chart: reopened, the panel shows the same answer.
  await page.keyboard.press('Control+s');
  await expect(charts.menuButton()).toHaveText('The Lanxin network');
  await charts.menu('New chart');
  await expect(analysis.table()).toBeHidden();
  await charts.openSaved('The Lanxin network');
  await expect(analysis.panel()).toContainText(/communit(y|ies), modularity/);
  expect(await analysis.rows()).toEqual(communities);

  // Only links graded B2 or better: the answer says how many links the grade left out.
  await analysis.panel().getByText('Links to count').click();
  const grade = analysis.panel().getByLabel('Grade at least');
  await grade.first().selectOption('B');
  await grade.last().selectOption('2');
  await analysis.panel().getByRole('button', { name: 'Run' }).click();
  await expect(analysis.panel()).toContainText(/\d+ links? left out by the options/);
  await shot(page, 'analysis-options-en');
});

test.describe('in Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('the panel, its questions and its table read in Japanese', async ({ start, page }) => {
    const analysis = new AnalysisPage(page, {
      button: '分析',
      region: '分析',
      question: '問い',
      run: '実行',
    });
    await page.getByRole('button', { name: 'デモ事件を開く' }).click();
    await start.waitForCase();
    await analysis.open();
    await analysis.ask('ネットワークを最もよく仲介する');
    await expect(analysis.table().getByRole('columnheader')).toHaveText(['順位', 'エンティティ', 'スコア']);
    await shot(page, 'analysis-betweenness-ja');
    await analysis.ask('コミュニティ');
    await expect(analysis.panel()).toContainText('モジュラリティ');
    await analysis.panel().getByRole('button', { name: 'コミュニティで色分け' }).click();
    await shot(page, 'analysis-communities-ja');
  });
});
