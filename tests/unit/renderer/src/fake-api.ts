import type { PlexusApi } from '../../../../graph-schema/contract';
import { PlexusError, type Entity, type Link } from '../../../../graph-schema/model';

/** An in-memory stand-in for the backend: just enough graph behaviour for the store logic. */
export interface FakeBackend {
  api: PlexusApi;
  entities: Map<string, Entity>;
  links: Map<string, Link>;
  calls: string[];
}

const audit = {
  createdAt: '2024-01-01T00:00:00Z',
  createdBy: 'test',
  updatedAt: '2024-01-01T00:00:00Z',
  updatedBy: 'test',
};

export function entity(id: string, label = id, type = 'Person'): Entity {
  return {
    id,
    type,
    label,
    aliases: [],
    notes: '',
    validFrom: null,
    validTo: null,
    confidence: 'probable',
    reliability: 'F',
    credibility: '6',
    classification: 'UNCLASSIFIED',
    props: {},
    ...audit,
  };
}

export function link(id: string, source: string, target: string, type = 'ASSOCIATE_OF'): Link {
  return {
    id,
    type,
    source,
    target,
    label: type,
    notes: '',
    validFrom: null,
    validTo: null,
    confidence: 'probable',
    reliability: 'F',
    credibility: '6',
    classification: 'UNCLASSIFIED',
    props: {},
    ...audit,
  };
}

function notImplemented(method: string): never {
  throw new Error(`fake api: ${method} not implemented`);
}

/** `overrides` stand in for methods a test needs to script (servers, publish, cancel). */
/** Each saved version gets its own stamp, as in the stores. */
let versions = Date.parse('2030-01-01T00:00:00.000Z');
const nextVersion = () => new Date(++versions).toISOString();

export function fakeBackend(overrides: Partial<PlexusApi> = {}): FakeBackend {
  const entities = new Map<string, Entity>();
  const links = new Map<string, Link>();
  const calls: string[] = [];
  let nextId = 1;
  const log = (method: string) => calls.push(method);

  const api: Partial<PlexusApi> = {
    getCaseInfo: async () => {
      log('getCaseInfo');
      return {
        name: 'test',
        store: { kind: 'case-file', location: '/tmp/test.plexus', readOnly: false },
        schemaVersion: 1,
        entityCount: entities.size,
        linkCount: links.size,
        entityCounts: {},
        linkCounts: {},
      };
    },
    createEntity: async ({ entity: input }) => {
      log('createEntity');
      if (input.label.trim() === '') {
        throw new PlexusError('VALIDATION', 'label: must not be empty', [
          { field: 'entity.label', rule: 'required', message: 'label: must not be empty' },
        ]);
      }
      const created = { ...entity(`e${nextId++}`, input.label, input.type), aliases: input.aliases ?? [] };
      entities.set(created.id, created);
      return created;
    },
    createLink: async ({ link: input }) => {
      log('createLink');
      const created = link(`l${nextId++}`, input.source, input.target, input.type);
      links.set(created.id, created);
      return created;
    },
    updateEntity: async ({ id, patch, expectedUpdatedAt }) => {
      log('updateEntity');
      const before = entities.get(id);
      if (!before) throw new PlexusError('NOT_FOUND', `no entity ${id}`);
      // As the stores do: an edit made on a version no longer stored is refused.
      if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== before.updatedAt)
        throw new PlexusError('CONFLICT', `${id} changed since ${expectedUpdatedAt}`);
      const updated = { ...before, ...patch, updatedAt: nextVersion() } as Entity;
      entities.set(id, updated);
      return updated;
    },
    updateLink: async ({ id, patch, expectedUpdatedAt }) => {
      log('updateLink');
      const before = links.get(id);
      if (!before) throw new PlexusError('NOT_FOUND', `no link ${id}`);
      // As the stores do: an edit made on a version no longer stored is refused.
      if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== before.updatedAt)
        throw new PlexusError('CONFLICT', `${id} changed since ${expectedUpdatedAt}`);
      const updated = { ...before, ...patch, updatedAt: nextVersion() } as Link;
      links.set(id, updated);
      return updated;
    },
    deleteEntities: async ({ ids }) => {
      log('deleteEntities');
      const gone = ids.map((id) => entities.get(id)).filter((e): e is Entity => e !== undefined);
      const goneLinks = [...links.values()].filter((l) => ids.includes(l.source) || ids.includes(l.target));
      for (const e of gone) entities.delete(e.id);
      for (const l of goneLinks) links.delete(l.id);
      return { entities: gone, links: goneLinks };
    },
    deleteLinks: async ({ ids }) => {
      log('deleteLinks');
      const gone = ids.map((id) => links.get(id)).filter((l): l is Link => l !== undefined);
      for (const l of gone) links.delete(l.id);
      return { entities: [], links: gone };
    },
    restoreItems: async (items) => {
      log('restoreItems');
      for (const e of items.entities) {
        if (entities.has(e.id)) throw new PlexusError('CONFLICT', `entity ${e.id} exists`);
        entities.set(e.id, e);
      }
      for (const l of items.links) links.set(l.id, l);
      return { entities: items.entities.length, links: items.links.length };
    },
    getEntities: async ({ ids }) => {
      log('getEntities');
      return ids.map((id) => entities.get(id)).filter((e): e is Entity => e !== undefined);
    },
    getLinks: async ({ ids }) => {
      log('getLinks');
      return ids.map((id) => links.get(id)).filter((l): l is Link => l !== undefined);
    },
    linksAmong: async ({ ids }) => {
      log('linksAmong');
      const set = new Set(ids);
      return [...links.values()].filter((l) => set.has(l.source) && set.has(l.target));
    },
    expand: async ({ ids }) => {
      log('expand');
      const seeds = new Set(ids);
      const walked = [...links.values()].filter((l) => seeds.has(l.source) || seeds.has(l.target));
      const reached = new Set(walked.flatMap((l) => [l.source, l.target]).filter((id) => !seeds.has(id)));
      return {
        entities: [...reached].map((id) => entities.get(id)).filter((e): e is Entity => e !== undefined),
        links: walked,
        omitted: 0,
      };
    },
    search: async ({ text }) => {
      log(`search:${text}`);
      const hits = [...entities.values()]
        .filter((e) => e.label.toLowerCase().includes(text.toLowerCase()))
        .map((e) => ({ entity: e, score: 1 }));
      return { hits };
    },
  };

  Object.assign(api, overrides);
  const full = new Proxy(api, {
    get: (target, key: string) => target[key as keyof PlexusApi] ?? (() => notImplemented(key)),
  }) as PlexusApi;
  return { api: full, entities, links, calls };
}
