import { expect, shot, test } from './fixtures';
import { Connections } from './pages/connections';

test('a server connection: field message, a clear CONNECTION error, save, list, delete', async ({
  start,
  page,
}) => {
  await start.waitForStart();
  const connections = new Connections(page);
  await expect(page.getByRole('region', { name: 'Team server (Neo4j)' })).toContainText(
    'No saved connections yet.',
  );

  await connections.openNew();
  const dialog = connections.dialog();
  await expect(dialog).toContainText('kept in memory only, until Plexus stops');
  await connections.fill({ name: 'Training server', uri: 'http://127.0.0.1:7474' });
  await connections.test();
  await expect(
    dialog.getByText('must be a neo4j://, neo4j+s://, bolt://, bolt+s:// or bolt+ssc:// address'),
  ).toBeVisible();

  // Nothing listens on port 1: the backend must say so plainly, not time out or crash.
  await connections.fill({ uri: 'bolt://127.0.0.1:1', password: 'not-a-real-password' });
  await connections.test();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('Server not reached', { timeout: 20_000 });
  await expect(alert).not.toBeEmpty();
  await shot(page, '10-connection-error');

  await connections.save();
  await expect(connections.list().getByRole('listitem')).toHaveCount(1);
  await expect(connections.list()).toContainText('Training server');
  await expect(connections.list()).toContainText('bolt://127.0.0.1:1 · neo4j');
  await shot(page, '11-start-connections');

  // Opening it fails the same clear way, and leaves the analyst on the start screen.
  await connections.list().getByRole('button', { name: 'Open Training server' }).click();
  const open = page.getByRole('dialog', { name: 'Open “Training server”' });
  await expect(open.getByLabel('Password')).toBeVisible();
  await open.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(open.getByRole('alert')).toContainText('Server not reached', { timeout: 20_000 });
  await open.getByRole('button', { name: 'Cancel' }).click();
  await expect(open).toBeHidden();

  await connections.delete('Training server');
  await expect(connections.list()).toBeHidden();
  await expect(page.getByText('No saved connections yet.')).toBeVisible();
});
