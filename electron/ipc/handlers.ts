import type { MethodName, ParsedRequest, Response } from '../../graph-schema/contract/methods';
import { PlexusError } from '../../graph-schema/model/errors';
import type { AppServices } from '../services/app-services';
import { exportNativeJson, importNativeJson } from '../services/io/native-json';

/** The handler table: one entry per contract method, shared by IPC and browser mode. */
export type Handlers = { [M in MethodName]: (request: ParsedRequest<M>) => Promise<Response<M>> };

function single<T>(items: readonly T[], what: string): T {
  const [item] = items;
  if (item === undefined) throw new PlexusError('INTERNAL', `The store returned no ${what}`);
  return item;
}

/**
 * Thin on purpose: requests arrive validated by dispatch(), the store validates records
 * against the schema, so a handler only routes.
 */
export function createHandlers(services: AppServices): Handlers {
  const { cases } = services;
  const store = () => cases.current();

  return {
    getSchema: async () => services.schema,
    createCase: ({ path }) => cases.create(path),
    openCase: ({ path }) => cases.open(path),
    openDemoCase: () => cases.openDemo(),
    closeCase: async () => ({ closed: await cases.close() }),
    getCaseInfo: () => cases.info(),
    listRecentCases: () => cases.recent(),
    listCaseFiles: () => cases.listFiles(),

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

    // 'json' is the only format the contract allows so far; others arrive with the import issue.
    exportCase: ({ path }) => exportNativeJson(store(), cases.resolvePath(path)),
    importCase: ({ path }) => importNativeJson(store(), cases.resolvePath(path)),
  };
}
