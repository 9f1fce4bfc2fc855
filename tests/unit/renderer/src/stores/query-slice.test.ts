import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlexusError } from '../../../../../graph-schema/model';
import { installApi } from '../../../../../renderer/src/bridge';
import { resetAppStore, useAppStore } from '../../../../../renderer/src/stores/app-store';
import { fakeBackend } from '../fake-api';

const store = () => useAppStore.getState();
let restore: () => void = () => undefined;

beforeEach(() => resetAppStore());
afterEach(() => restore());

describe('cancelling queries', () => {
  it('asks the backend to cancel', async () => {
    let asked = 0;
    restore = installApi(
      fakeBackend({
        cancelQueries: async () => {
          asked++;
          return { cancelled: 1 };
        },
      }).api,
    );
    await store().cancelQueries();
    expect(asked).toBe(1);
    expect(store().cancelling).toBe(false);
  });

  it('a cancelled answer is a calm "Query cancelled", any other failure an error', () => {
    store().reportFailure('Expand', new PlexusError('CANCELLED', 'The query was cancelled.'));
    store().reportFailure('Expand', new PlexusError('TIMEOUT', 'The query ran past 30 s.'));
    expect(store().toasts.map((t) => [t.message, t.intent])).toEqual([
      ['Query cancelled', 'none'],
      ['Expand failed: The query ran past 30 s.', 'danger'],
    ]);
  });

  it('a server that stopped answering is said once, in its own words, however many actions meet it', () => {
    const gone = new PlexusError(
      'CONNECTION',
      'The Neo4j server at graph.internal:7687 stopped answering (connection refused). Case files are not affected; open the connection again when the server is back.',
    );
    store().reportFailure('Expand', gone);
    store().reportFailure('Find path', gone);
    store().reportFailure('Save', gone);
    expect(store().toasts.map((t) => [t.message, t.intent])).toEqual([[gone.message, 'danger']]);
  });

  it('an edit the user cancelled leaves the history untouched and says so calmly', async () => {
    restore = installApi(
      fakeBackend({
        updateEntity: async () => {
          throw new PlexusError('CANCELLED', 'cancelled');
        },
      }).api,
    );
    useAppStore.setState({
      undoStack: [
        { label: 'Edit', run: async () => undefined, revert: async () => undefined },
        {
          label: 'Edit Person “A”',
          run: async () => undefined,
          revert: async ({ api }) => {
            await api.updateEntity({ id: 'a', patch: { label: 'A' } });
          },
        },
      ],
    });
    await store().undo();
    expect(store().toasts.map((t) => [t.message, t.intent])).toEqual([['Query cancelled', 'none']]);
  });
});
