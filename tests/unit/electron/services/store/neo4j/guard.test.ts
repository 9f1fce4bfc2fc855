import { beforeEach, describe, expect, it } from 'vitest';
import { loadSchema } from '../../../../../../electron/services/schema/load-types';
import type { Neo4jConfig } from '../../../../../../electron/services/store/neo4j/config';
import {
  checkEntityType,
  checkLinkType,
  quoteName,
} from '../../../../../../electron/services/store/neo4j/names';
import { READ_HISTORY_HEAD } from '../../../../../../electron/services/store/neo4j/history-cypher';
import { Neo4jStore } from '../../../../../../electron/services/store/neo4j/neo4j-store';
import { PlexusError } from '../../../../../../graph-schema/model/errors';
import type { Entity } from '../../../../../../graph-schema/model/records';
import { SchemaIndex } from '../../../../../../graph-schema/model/schema';
import { fakeDriver, type FakeLog } from './fake-driver';

const index = new SchemaIndex(loadSchema());
const config: Neo4jConfig = {
  uri: 'bolt://127.0.0.1:7687',
  database: 'neo4j',
  user: 'u',
  password: 'p',
  readOnly: false,
};

async function codeOf(work: Promise<unknown>): Promise<string | undefined> {
  return work.then(
    () => undefined,
    (e: unknown) => (e instanceof PlexusError ? e.code : 'not a PlexusError'),
  );
}

const stored: Entity = {
  id: 'e1',
  type: 'Person',
  aliases: [],
  label: 'Pat',
  notes: '',
  validFrom: null,
  validTo: null,
  confidence: 'probable',
  reliability: 'F',
  credibility: '6',
  classification: 'UNCLASSIFIED',
  props: {},
  createdAt: '2024-01-01T00:00:00.000Z',
  createdBy: 'a',
  updatedAt: '2024-01-01T00:00:00.000Z',
  updatedBy: 'a',
};

describe('names', () => {
  it('quotes identifiers and refuses anything that could end the quoting', () => {
    expect(quoteName('Person')).toBe('`Person`');
    for (const bad of ['Per`son', 'a b', '1abc', '', 'x)-[r]-(y', 'ünï']) {
      expect(() => quoteName(bad), bad).toThrow(PlexusError);
    }
  });

  it('accepts only the types of the schema, as VALIDATION on the type field', () => {
    expect(checkEntityType(index, 'Person')).toBe('Person');
    expect(checkLinkType(index, 'OWNS')).toBe('OWNS');
    expect(() => checkEntityType(index, 'OWNS')).toThrow(/unknown entity type OWNS/);
    expect(() => checkLinkType(index, 'Person')).toThrow(/unknown link type Person/);
  });
});

describe('Neo4jStore refuses before sending anything', () => {
  let log: FakeLog;
  let store: Neo4jStore;
  beforeEach(() => {
    // A prepared database's empty history: the head a write locks and reads first.
    const fake = fakeDriver((query) =>
      query === READ_HISTORY_HEAD
        ? [{ seq: 0, entries: 0, items: 0, head: '0'.repeat(64), lastHash: null, beyond: false }]
        : [],
    );
    log = fake.log;
    store = new Neo4jStore(fake.driver, config, 1, { actor: 'tester', schema: index });
  });

  it('an entity type not in the schema', async () => {
    expect(await codeOf(store.createEntities([{ type: 'Spaceship', label: 'X' }]))).toBe('VALIDATION');
    expect(await codeOf(store.restore({ entities: [{ ...stored, type: 'Spaceship' }], links: [] }))).toBe(
      'VALIDATION',
    );
    expect(await codeOf(store.putItems({ entities: [{ ...stored, type: 'Spaceship' }], links: [] }))).toBe(
      'VALIDATION',
    );
    expect(log.sessions).toEqual([]);
    expect(log.queries).toEqual([]);
  });

  it('a link type not in the schema, or one with a backtick in it', async () => {
    expect(await codeOf(store.createLinks([{ type: 'LOVES', source: 'a', target: 'b' }]))).toBe('VALIDATION');
    expect(
      await codeOf(store.createLinks([{ type: 'X`]->() DETACH DELETE (n', source: 'a', target: 'b' }])),
    ).toBe('VALIDATION');
    const link = { ...stored, type: 'LOVES', source: 'a', target: 'b' } as unknown as Entity;
    expect(await codeOf(store.putItems({ entities: [], links: [link as never] }))).toBe('VALIDATION');
    expect(log.queries).toEqual([]);
  });

  it('any write on a read-only connection, and reads use READ sessions', async () => {
    const fake = fakeDriver();
    const readOnly = new Neo4jStore(fake.driver, { ...config, readOnly: true }, 1, {
      actor: 't',
      schema: index,
    });
    const writes = [
      readOnly.createEntities([{ type: 'Person', label: 'X' }]),
      readOnly.updateEntity('e1', { label: 'Y' }),
      readOnly.deleteEntities(['e1']),
      readOnly.createLinks([]),
      readOnly.updateLink('l1', {}),
      readOnly.deleteLinks(['l1']),
      readOnly.restore({ entities: [stored], links: [] }),
      readOnly.putItems({ entities: [stored], links: [] }),
      readOnly.writeMeta('k', 1),
    ];
    for (const write of writes) expect(await codeOf(write)).toBe('FORBIDDEN');
    expect(fake.log.queries).toEqual([]);
    await readOnly.getEntities(['e1']);
    expect(fake.log.sessions).toEqual(['READ']);
  });

  it('sends a known type as a quoted label, values as parameters', async () => {
    await store.createEntities([{ type: 'Person', label: "Robert'); DROP" }]);
    const create = log.queries.find((q) => q.query.includes('CREATE (n:'));
    expect(create?.query).toContain('(n:PlexusEntity:`Person` {');
    expect(create?.query).not.toContain('DROP');
    expect(JSON.stringify(create?.parameters)).toContain('DROP');
    expect(log.commits).toBe(1);
  });
});
