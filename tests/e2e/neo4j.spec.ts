import { loadSchema } from '../../electron/services/schema/load-types';
import type { GraphStore } from '../../electron/services/store/graph-store';
import { openNeo4jStore, type Neo4jConfig } from '../../electron/services/store/neo4j';
import { SchemaIndex } from '../../graph-schema/model/schema';
import { adminRows, wipePlexus } from '../support/neo4j-server/admin';
import { expect, shot, test } from './neo4j-fixtures';
import { ChartsPage } from './pages/charts';
import { Connections } from './pages/connections';
import type { MainPage } from './pages/main-page';
import { TransferDialogs } from './pages/transfer';
import { wordsFor } from './words';

/**
 * The team backend from the analyst's seat, on a real Neo4j server (the run's one server,
 * tests/e2e/neo4j-fixtures.ts): connect, prepare the database, work with Japanese and
 * Chinese names, save a chart, take part of it offline and publish it back past a colleague's
 * edit made on the server meanwhile.
 */

// One server for the run: this file's tests wipe and fill it, so they run one after another.
test.describe.configure({ mode: 'serial' });

/** Another analyst's Plexus on the same database, in this test's process. */
function colleague(config: Neo4jConfig): Promise<GraphStore> {
  return openNeo4jStore(config, { actor: 'colleague', schema: new SchemaIndex(loadSchema()) });
}

/** Hides everything on the chart: the next steps bring entities back one by one. */
async function clearChart(main: MainPage): Promise<void> {
  await main.chart().click({ position: { x: 5, y: 5 } });
  await main.page.keyboard.press('Control+a');
  await main.inspector().getByRole('button', { name: 'Hide' }).click();
}

test('Neo4j end to end: connect, prepare, CJK names, search, expand, path, chart, offline and publish with a conflict', async ({
  neo4j,
  start,
  main,
  page,
}) => {
  test.setTimeout(240_000);
  // A database Plexus has never opened, so the consent step is asked.
  await wipePlexus(neo4j, { schema: true });
  const connections = new Connections(page);
  const transfer = new TransferDialogs(page);
  const charts = new ChartsPage(page);

  // Add the connection and test it: the server's version and edition, the schema missing.
  await start.waitForStart();
  await connections.addServer('Team graph', neo4j);
  await connections.test();
  await expect(connections.testResult()).toContainText(/Neo4j (5\.\d+|20\d\d\.\d\d)\.\d+ · community/, {
    timeout: 20_000,
  });
  await expect(connections.testResult()).toContainText(`Database${neo4j.database}`);
  await expect(connections.testResult()).toContainText('missing — Plexus asks before creating');
  await shot(page, '90-neo4j-connection-test');
  await connections.save();

  // Open it: Plexus asks before it creates its constraints and indexes.
  await connections.open('Team graph');
  await expect(connections.consent()).toContainText('is not ready for Plexus', { timeout: 20_000 });
  await shot(page, '91-neo4j-consent');
  await connections.prepare();
  await expect(page.getByTestId('case-location')).toHaveText(`Neo4j: ${neo4j.uri} · ${neo4j.database}`);
  await expect(main.caseCounts()).toHaveText('Case: 0 entities · 0 links');

  // Japanese and Chinese names, linked through a company.
  await main.entityForm.create({ type: 'Person', label: '佐藤健' });
  await main.entityForm.create({ type: 'Person', label: '王偉' });
  await main.entityForm.create({ type: 'Company', label: '東亜貿易株式会社' });
  await main.linkForm.create('佐藤健', '東亜貿易', 'EMPLOYED_BY');
  await main.linkForm.create('王偉', '東亜貿易', 'OFFICER_OF');
  await expect(main.caseCounts()).toHaveText('Case: 3 entities · 2 links');

  // Any part of a CJK name finds it.
  for (const [part, name] of [
    ['健', '佐藤健'],
    ['佐藤', '佐藤健'],
    ['偉', '王偉'],
    ['貿易', '東亜貿易株式会社'],
  ] as const) {
    await main.searchFor(part);
    await expect(main.results().getByRole('option')).toHaveCount(1);
    await expect(main.results().getByRole('option').first()).toContainText(name);
    await main.search().press('Escape');
  }

  // Expand from one person, then the path to the other.
  await clearChart(main);
  await main.addFromSearch('健', '佐藤健');
  await expect(main.chartCounts()).toHaveText(/^Chart: 1 entity · 0 links/);
  await main.openEntityMenuAtCentre();
  await main.contextMenu().getByRole('menuitem', { name: 'Expand', exact: true }).click();
  await expect(main.chartCounts()).toHaveText(/^Chart: 2 entities · 1 link/);
  await main.addFromSearch('健', '佐藤健');
  await main.inspector().getByRole('button', { name: 'Path…' }).click();
  const pathDialog = page.getByRole('dialog', { name: 'Find path' });
  await pathDialog.getByRole('combobox', { name: 'Path target' }).fill('偉');
  await pathDialog.getByRole('option', { name: /王偉/ }).click();
  await pathDialog.getByRole('button', { name: 'Find path' }).click();
  const pathPanel = page.getByRole('region', { name: 'Path result' });
  await expect(pathPanel).toContainText('2 links');
  await expect(pathPanel.getByRole('listitem')).toHaveText([/佐藤健/, /東亜貿易株式会社/, /王偉/]);
  await expect(main.chartCounts()).toHaveText(/^Chart: 3 entities · 2 links/);
  const shown = (await main.chartCounts().textContent()) ?? '';

  // Save the chart on the server and reopen it.
  await page.keyboard.press('Control+s');
  await charts.prompt('Save chart as', '東亜 briefing', 'Save');
  await expect(charts.menuButton()).toHaveText('東亜 briefing');
  await charts.menu('New chart');
  await expect(main.chartCounts()).toHaveText('Chart: 0 entities · 0 links');
  await charts.openSaved('東亜 briefing');
  await expect(main.chartCounts()).toHaveText(shown);
  expect(await adminRows(neo4j, 'MATCH (c:PlexusChart) RETURN c.name AS name')).toEqual([
    { name: '東亜 briefing' },
  ]);

  // Take 佐藤健 and one hop offline.
  await main.addFromSearch('佐藤健', '佐藤健');
  await expect(page.getByTestId('selection-count')).toHaveText('Selected: 1');
  const written = await transfer.takeOffline('佐藤 field copy', 1);
  expect(written).toContain('2 entities and 1 link copied');

  // Meanwhile on the server, a colleague edits 佐藤健 too.
  const other = await colleague(neo4j);
  try {
    const [sato] = (await other.search({ text: '佐藤健' })).hits.map((hit) => hit.entity);
    expect(sato?.label).toBe('佐藤健');
    await other.updateEntity(sato!.id, { notes: 'Seen in Osaka (colleague)' });
  } finally {
    await other.close();
  }

  // Offline: 佐藤健 gets his reading, and a new person arrives.
  await transfer.takeOfflineDialog().getByRole('button', { name: 'Open the new case' }).click();
  const asked = main.unsavedDialog();
  await expect(asked.or(page.getByTestId('case-name'))).toBeVisible();
  if (await asked.isVisible()) await main.discardChanges();
  await expect(page.getByTestId('case-name')).toHaveText('佐藤 field copy');
  await expect(page.getByTestId('case-location')).toHaveText(/^Case file: .*佐藤 field copy\.plexus$/);
  await expect(main.caseCounts()).toHaveText('Case: 2 entities · 1 link');
  await main.addFromSearch('健', '佐藤健');
  await main.inspector().getByLabel('Label').fill('佐藤健 (Satō Ken)');
  await main.inspector().getByRole('button', { name: 'Save' }).click();
  await expect(main.inspector().getByRole('form')).toHaveAccessibleName('Edit 佐藤健 (Satō Ken)');
  await main.entityForm.create({ type: 'Person', label: '李娜' });
  await main.closeCase();

  // Back on the server: the dry run shows the colleague's edit as a conflict.
  await start.waitForStart();
  await connections.open('Team graph');
  await start.waitForCase();
  await transfer.openPublish();
  await transfer.chooseCaseFile('佐藤 field copy');
  await transfer.dryRun();
  const dry = transfer.counts('dry-run');
  await expect(dry.created).toHaveText('1');
  await expect(dry.conflicts).toHaveText('1');
  const conflicts = transfer.publishDialog().getByRole('table', { name: 'Conflicts' });
  await expect(conflicts.getByRole('row')).toHaveCount(2);
  const row = conflicts.getByRole('row').nth(1);
  await expect(row).toContainText('佐藤健 (Satō Ken)');
  await expect(row).toContainText('label, notes');
  await expect(row).toContainText('colleague');
  await shot(page, '92-neo4j-publish-conflict');

  // Resolved: the analyst's version wins, by choice.
  await row.getByRole('combobox', { name: 'Resolution for 佐藤健 (Satō Ken)' }).selectOption('local');
  await transfer.publish();
  const done = transfer.counts('published');
  await expect(done.created).toHaveText('1');
  await expect(done.conflicts).toHaveText('0');
  await shot(page, '93-neo4j-published');
  await page.keyboard.press('Escape');
  await expect(transfer.publishDialog()).toBeHidden();
  await expect(main.caseCounts()).toHaveText('Case: 4 entities · 2 links');
  await main.addFromSearch('Satō', '佐藤健 (Satō Ken)');
  await shot(page, '94-neo4j-after-publish');

  // Read back on the server, past Plexus: what was published is there, in the CJK text it was typed in.
  const people = await adminRows(
    neo4j,
    'MATCH (p:PlexusEntity) WHERE p.label IN $labels RETURN p.label AS label, p.notes AS notes, p.updatedBy AS by ORDER BY label',
    { labels: ['佐藤健', '佐藤健 (Satō Ken)', '李娜', '王偉'] },
  );
  expect(people).toEqual([
    { label: '佐藤健 (Satō Ken)', notes: expect.not.stringContaining('colleague') as unknown, by: 'e2e' },
    { label: '李娜', notes: expect.anything() as unknown, by: 'e2e' },
    { label: '王偉', notes: expect.anything() as unknown, by: 'e2e' },
  ]);
  expect(
    await adminRows(
      neo4j,
      "MATCH (:PlexusEntity {label: '佐藤健 (Satō Ken)'})-[r]->(c:PlexusEntity) RETURN type(r) AS type, c.label AS company",
    ),
  ).toEqual([{ type: 'EMPLOYED_BY', company: '東亜貿易株式会社' }]);
});

test('a database restored on purpose: a write is refused saying why, then the history is accepted from Case history', async ({
  neo4j,
  start,
  main,
  page,
}) => {
  test.setTimeout(180_000);
  await wipePlexus(neo4j, { schema: true });
  const connections = new Connections(page);
  await start.waitForStart();
  await connections.addServer('Team graph', neo4j);
  await connections.save();
  await connections.open('Team graph');
  await connections.prepare();
  await main.entityForm.create({ type: 'Person', label: '佐藤健' });

  // The database restored from an older copy: its history starts again, behind this computer's back.
  await wipePlexus(neo4j);
  const other = await colleague(neo4j);
  await other.createEntities([{ type: 'Person', label: 'Restored' }]);
  await other.close();

  // The next write from here is refused, and the form says what happened (not a damaged file).
  await page.getByRole('button', { name: 'New entity' }).click();
  const form = main.entityForm.dialog();
  await form.getByRole('radio', { name: 'Person' }).click();
  await form.getByLabel('Label').fill('王偉');
  await form.getByRole('button', { name: 'Create Person' }).click();
  const refusal = form.getByRole('alert');
  await expect(refusal).toContainText('no longer holds entry 1 as this computer last wrote or checked it');
  await expect(refusal).not.toContainText('case file is damaged');
  await refusal.scrollIntoViewIfNeeded();
  await shot(page, '95-neo4j-restored-refused');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toBeHidden();

  // Case history, Verify now: the break is named, and the history can be accepted as it is.
  await main.chart().click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox', { name: 'Command' }).pressSequentially('verify case history');
  await palette.getByRole('combobox', { name: 'Command' }).press('Enter');
  const history = page.getByRole('dialog', { name: 'Case history' });
  const check = history.getByTestId('history-check');
  await expect(check).toContainText('History does not match');
  await expect(check).toContainText('no longer holds the entry this computer last wrote or checked there');
  await expect(check).not.toContainText('seal');
  await check.getByRole('button', { name: "Accept the server's history as it is now…" }).click();
  const ask = page.getByRole('alertdialog');
  await expect(ask).toContainText('rebuilt or restored from an older copy on purpose');
  await page.waitForTimeout(400); // the question fades in: shot once it has
  await shot(page, '96-neo4j-accept-history');
  await ask.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(check).toContainText('History intact');
  await expect(check).toContainText('this computer has not written or checked it before');
  await history.getByRole('button', { name: 'Close' }).first().click();

  // Written to again, and witnessed from the accepted head on.
  await main.entityForm.create({ type: 'Person', label: '王偉' });
  await expect(main.caseCounts()).toHaveText('Case: 2 entities · 0 links');
  expect(await adminRows(neo4j, 'MATCH (e:PlexusHistoryEntry) RETURN count(e) AS n')).toEqual([{ n: 2 }]);

  // The same in Japanese, switched without a restart: the refusal speaks of the server, not of a damaged file.
  await page.getByRole('button', { name: 'Language / 言語' }).click();
  await page.getByRole('option', { name: '日本語' }).click();
  const ja = wordsFor('ja-JP');
  await wipePlexus(neo4j);
  const again = await colleague(neo4j);
  await again.createEntities([{ type: 'Person', label: '復元' }]);
  await again.close();
  await page.getByRole('button', { name: ja('main:toolbar.newEntity') }).click();
  const formJa = page.getByRole('dialog', { name: ja('dialogs:entity.title') });
  await formJa.getByRole('radio', { name: '人物' }).click();
  await formJa.getByLabel(ja('forms:label')).fill('李娜');
  await formJa.getByRole('button', { name: ja('dialogs:entity.create', { type: '人物' }) }).click();
  const refusalJa = formJa.getByRole('alert');
  await expect(refusalJa).toContainText(ja('errors:reason.historyWitnessMismatch', { seq: 2 }));
  await expect(refusalJa).not.toContainText('事件ファイル');
  await refusalJa.scrollIntoViewIfNeeded();
  await shot(page, '95-neo4j-restored-refused-ja');
  await formJa.getByRole('button', { name: ja('common:cancel') }).click();
  await main.chart().click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Shift+P');
  const paletteJa = page.getByRole('dialog', { name: ja('app:palette.title') });
  const commandJa = paletteJa.getByRole('combobox', { name: ja('app:palette.label') });
  await commandJa.pressSequentially(ja('history:action.verify'));
  await commandJa.press('Enter');
  const checkJa = page.getByRole('dialog', { name: ja('history:dialog.title') }).getByTestId('history-check');
  await checkJa.getByRole('button', { name: ja('history:accept.action') }).click();
  await expect(page.getByRole('alertdialog')).toContainText(ja('history:accept.question'));
  await page.waitForTimeout(400);
  await shot(page, '96-neo4j-accept-history-ja');
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: ja('history:accept.confirm') })
    .click();
  await expect(checkJa).toContainText(ja('history:check.okTitle'));
});
