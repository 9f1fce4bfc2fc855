import { PlexusError } from '../../../graph-schema/model/errors';
import type { AppServices } from '../../services/app-services';
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
  | 'findPath'
  | 'cancelQueries';

function single<T>(items: readonly T[], what: string): T {
  const [item] = items;
  if (item === undefined) throw new PlexusError('INTERNAL', `The store returned no ${what}`);
  return item;
}

/** Reads and writes on the current store, whichever kind it is. */
export function graphHandlers({ cases }: AppServices): Pick<Handlers, GraphMethods> {
  const store = () => cases.current();
  return {
    getEntities: ({ ids }) => store().getEntities(ids),
    getLinks: ({ ids }) => store().getLinks(ids),
    linksAmong: ({ ids }) => store().linksAmong(ids),

    createEntity: async ({ entity }) => single(await store().createEntities([entity]), 'entity'),
    updateEntity: ({ id, patch }) => store().updateEntity(id, patch),
    deleteEntities: ({ ids }) => store().deleteEntities(ids),
    createLink: async ({ link }) => single(await store().createLinks([link]), 'link'),
    updateLink: ({ id, patch }) => store().updateLink(id, patch),
    deleteLinks: ({ ids }) => store().deleteLinks(ids),
    restoreItems: (items) => store().restore(items),

    search: (request) => store().search(request),
    expand: (request) => store().expand(request),
    findPath: (request) => store().findPath(request),
    cancelQueries: async () => ({ cancelled: await cases.cancelRunning() }),
  };
}
