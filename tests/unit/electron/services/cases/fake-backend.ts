import { writeFileSync, rmSync } from 'node:fs';
import { caseName, type CaseBackend } from '../../../../../electron/services/cases';
import type { GraphStore, StoreCounts } from '../../../../../electron/services/store/graph-store';

export interface FakeStore extends GraphStore {
  closed: boolean;
  /** How many times cancelRunning was called. */
  cancels: number;
}

export interface FakeStoreOptions {
  entityCount?: number;
  kind?: GraphStore['kind'];
}

const unsupported = () => Promise.reject(new Error('not in the fake store'));

/** A store that only knows its name and whether it is closed: enough for the case lifecycle. */
export function fakeStore(path: string, options: FakeStoreOptions = {}): FakeStore {
  const entityCount = options.entityCount ?? 0;
  const meta = new Map<string, unknown>();
  const store: FakeStore = {
    kind: options.kind ?? 'case-file',
    location: path,
    name: caseName(path),
    schemaVersion: 1,
    readOnly: false,
    charts: {
      list: async () => [],
      get: unsupported,
      create: unsupported,
      save: unsupported,
      duplicate: unsupported,
      rename: unsupported,
      delete: unsupported,
    },
    patterns: {
      list: async () => [],
      get: unsupported,
      save: unsupported,
      rename: unsupported,
      delete: unsupported,
      run: unsupported,
    },
    sources: {
      list: async () => [],
      create: unsupported,
      update: unsupported,
      delete: unsupported,
      file: unsupported,
      citationsOf: async () => [],
      citationsOfSource: async () => [],
      cite: unsupported,
      updateCitation: unsupported,
      removeCitation: unsupported,
      gradeModes: unsupported,
      setGradeMode: unsupported,
      evidence: async () => ({ sources: [], citations: [], gradeSet: [] }),
      restoreEvidence: unsupported,
    },
    closed: false,
    cancels: 0,
    counts: async (): Promise<StoreCounts> => ({
      entityCount,
      linkCount: 0,
      entityCounts: entityCount ? { Person: entityCount } : {},
      linkCounts: {},
    }),
    listHistory: unsupported,
    acceptHistory: unsupported,
    verifyHistory: async (depth) => ({
      ok: true,
      depth,
      entries: entityCount,
      items: entityCount,
      head: '',
      anchor: 'unkeyed',
      problems: [],
    }),
    getEntities: unsupported,
    getLinks: unsupported,
    linksAmong: unsupported,
    degrees: unsupported,
    createEntities: unsupported,
    updateEntity: unsupported,
    deleteEntities: unsupported,
    createLinks: unsupported,
    updateLink: unsupported,
    deleteLinks: unsupported,
    restore: unsupported,
    createItems: unsupported,
    createItemsStream: unsupported,
    createPreparedStream: unsupported,
    putItems: unsupported,
    readMeta: async (key) => meta.get(key),
    writeMeta: async (key, value) => {
      meta.set(key, value);
    },
    cancelRunning: async () => {
      store.cancels += 1;
      return 2;
    },
    search: unsupported,
    expand: unsupported,
    findPaths: unsupported,
    connect: unsupported,
    commonNeighbours: unsupported,
    scanEntities: async function* () {},
    scanLinks: async function* () {},
    close: async () => {
      store.closed = true;
    },
  };
  return store;
}

/** Creates a file on disk (so existence checks behave) and records every store it hands out. */
export function fakeBackend(options: { demoFails?: boolean } = {}) {
  const stores: FakeStore[] = [];
  const demos: GraphStore[] = [];
  const backend: CaseBackend = {
    createCaseFile: async (path) => {
      writeFileSync(path, 'fake case');
      const store = fakeStore(path);
      stores.push(store);
      return store;
    },
    openCaseFile: async (path) => {
      const store = fakeStore(path, { entityCount: 3 });
      stores.push(store);
      return store;
    },
    generateDemoCase: async (store) => {
      if (options.demoFails) throw new Error('demo generator broke');
      demos.push(store);
      return { entities: 0, links: 0 };
    },
    removeCaseFile: async (path) => rmSync(path, { force: true }),
    isEncryptedCaseFile: () => false,
    checkPassphrase: () => undefined,
    changeCaseEncryption: () => undefined,
  };
  return { backend, stores, demos };
}
