import { PlexusError } from '../../../graph-schema/model/errors';
import { expandChosen, expandUnlessHub, summarizeExpand } from '../../services/queries/hub-expand';
import type { Session } from '../../services/sessions';
import type { Handlers } from '../handlers';

type GraphMethods =
  | 'getEntities'
  | 'getLinks'
  | 'linksAmong'
  | 'createEntity'
  | 'updateEntity'
  | 'deleteEntities'
  | 'createLink'
  | 'updateLink'
  | 'deleteLinks'
  | 'restoreItems'
  | 'search'
  | 'expand'
  | 'summarizeExpand'
  | 'expandUnlessHub'
  | 'findPaths'
  | 'connect'
  | 'commonNeighbours'
  | 'cancelQueries';

function single<T>(items: readonly T[], what: string): T {
  const [item] = items;
  if (item === undefined) throw new PlexusError('INTERNAL', `The store returned no ${what}`);
  return item;
}

/** Reads and writes on the window's open store, whichever kind it is. */
export function graphHandlers(): Pick<Handlers, GraphMethods> {
  const store = (session: Session) => session.cases.current();
  return {
    getEntities: ({ ids }, session) => store(session).getEntities(ids),
    getLinks: ({ ids }, session) => store(session).getLinks(ids),
    linksAmong: ({ ids }, session) => store(session).linksAmong(ids),

    createEntity: async ({ entity, reason }, session) =>
      single(await store(session).createEntities([entity], reason), 'entity'),
    updateEntity: ({ id, patch, expectedUpdatedAt, reason }, session) =>
      store(session).updateEntity(id, patch, expectedUpdatedAt, reason),
    deleteEntities: ({ ids, reason }, session) => store(session).deleteEntities(ids, reason),
    createLink: async ({ link, reason }, session) =>
      single(await store(session).createLinks([link], reason), 'link'),
    updateLink: ({ id, patch, expectedUpdatedAt, reason }, session) =>
      store(session).updateLink(id, patch, expectedUpdatedAt, reason),
    deleteLinks: ({ ids, reason }, session) => store(session).deleteLinks(ids, reason),
    restoreItems: (items, session) => store(session).restore(items),

    search: (request, session) => store(session).search(request),
    expand: (request, session) => expandChosen(store(session), request),
    summarizeExpand: (request, session) => summarizeExpand(store(session), request),
    expandUnlessHub: (request, session) => expandUnlessHub(store(session), request),
    findPaths: (request, session) => store(session).findPaths(request),
    connect: (request, session) => store(session).connect(request),
    commonNeighbours: (request, session) => store(session).commonNeighbours(request),
    cancelQueries: async (_, { cases }) => ({ cancelled: await cases.cancelRunning() }),
  };
}
