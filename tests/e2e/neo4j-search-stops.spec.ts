import { randomBytes } from 'node:crypto';
import { neo4jRequired } from '../support/neo4j-server/provide';
import { missingTools, startNeo4j, type RunningNeo4j } from '../support/neo4j-server/server';
import { expect, shot, test } from './fixtures';
import { Connections } from './pages/connections';

/**
 * The analyst is searching a team server when it stops: however many keystrokes fail, one
 * toast says so in words, the box turns red, and no list claims there is nothing to find.
 * The test starts a server of its own (not the run's shared one): it kills it.
 */

const missing = missingTools();
if (missing && neo4jRequired())
  throw new Error(`PLEXUS_REQUIRE_NEO4J=1 but the test server cannot start here: ${missing}`);

test('the Neo4j server stops while searching: one toast says so, the box turns red', async ({
  start,
  main,
  page,
}) => {
  test.skip(Boolean(missing), `no Neo4j test server: ${missing}`);
  test.setTimeout(240_000);
  const password = randomBytes(12).toString('hex');
  let server: RunningNeo4j | undefined;
  try {
    server = await startNeo4j({ password });
    const connections = new Connections(page);
    await start.waitForStart();
    await connections.openNew();
    await connections.fill({ name: 'Team graph', uri: server.uri, user: server.user, password });
    await connections.save();
    await connections.open('Team graph');
    await connections.prepare();
    await main.entityForm.create({ type: 'Person', label: 'Wang Wei' });
    await main.searchFor('Wang');
    await main.search().press('Escape');

    await server.kill();

    const toasts = page.locator('.bp6-toast');
    const spinner = page.getByLabel('Searching');
    for (const text of ['Wa', 'Wan', 'Wang W']) {
      await main.search().fill(text);
      await expect(main.search()).toHaveAttribute('aria-invalid', 'true', { timeout: 20_000 });
      await expect(spinner).toBeHidden({ timeout: 20_000 });
      await expect(toasts).toHaveCount(1);
    }
    const port = new URL(server.uri).port;
    await expect(toasts).toContainText(`The Neo4j server at 127.0.0.1:${port} stopped answering`);
    // The words are in the toast only: no list under the box, least of all "Nothing found".
    await expect(main.results()).toBeHidden();
    await expect(page.getByText('Nothing found')).toHaveCount(0);
    await shot(page, 'neo4jrest-search-server-stopped');
  } finally {
    await server?.kill();
  }
});
