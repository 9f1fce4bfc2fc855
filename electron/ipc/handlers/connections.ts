import type { AppServices } from '../../services/app-services';
import type { Handlers } from '../handlers';

type ConnectionMethods =
  'listConnections' | 'saveConnection' | 'deleteConnection' | 'testConnection' | 'openConnection';

/** Saved Neo4j connections (every window's), and opening one as a window's store. */
export function connectionHandlers({ connections }: AppServices): Pick<Handlers, ConnectionMethods> {
  return {
    listConnections: () => connections.list(),
    saveConnection: (request) => connections.save(request),
    deleteConnection: async ({ id }) => ({ deleted: await connections.delete(id) }),
    testConnection: ({ connection, id }) => connections.test(connection, id),
    // The server is opened inside the case service's turn, so a close or open cannot interleave.
    openConnection: ({ id, password, prepareSchema }, { cases }) =>
      cases.openStore(() => connections.open(id, { password, prepareSchema })),
  };
}
