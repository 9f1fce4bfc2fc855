import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { importFile } from '../../../../../../../../electron/services/io/registry';
import type { GraphStore } from '../../../../../../../../electron/services/store/graph-store';
import { openNeo4jStore } from '../../../../../../../../electron/services/store/neo4j';
import { wipePlexus } from '../../../../../../../support/neo4j-server/admin';
import { describeOnNeo4j } from '../../../../../../../support/neo4j-server/given';
import { evidenceByLabel, schema, tempDir } from '../helpers';

/** The engine reads the case while the import's transaction is open: on a server too. */

const bundle = (description: string) =>
  JSON.stringify({
    type: 'bundle',
    id: 'bundle--neo4j',
    objects: [
      { type: 'threat-actor', spec_version: '2.1', id: 'threat-actor--1', name: 'Actor K' },
      { type: 'malware', spec_version: '2.1', id: 'malware--1', name: 'Loader Y', is_family: true },
      {
        type: 'relationship',
        spec_version: '2.1',
        id: 'relationship--1',
        relationship_type: 'uses',
        source_ref: 'threat-actor--1',
        target_ref: 'malware--1',
        external_references: [{ source_name: 'Ledger', external_id: 'src-1', description }],
      },
    ],
  });

describeOnNeo4j('STIX evidence into a Neo4j store', (config) => {
  let dir: string;
  let store: GraphStore;
  beforeAll(() => {
    dir = tempDir('plexus-stix-neo4j-');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(async () => {
    await wipePlexus(config);
    store = await openNeo4jStore(config, { actor: 'ann', schema, prepareSchema: true });
  });
  afterEach(() => store.close());

  it("writes a relationship's citation with the records, and nothing of a file with a bad grade", async () => {
    const good = join(dir, 'good.json');
    writeFileSync(good, bundle('Admiralty B2; origin Seized laptop; p. 4'));
    const request = { path: good, format: 'stix', match: 'identifier', dryRun: false } as const;
    expect((await importFile(store, request, { schema })).evidence).toEqual({ sources: 1, citations: 1 });
    expect(await evidenceByLabel(store)).toEqual({
      sources: [{ id: 'src-1', title: 'Ledger', origin: 'Seized laptop', informationDate: null, file: null }],
      citations: [
        {
          source: 'Ledger',
          item: expect.stringMatching(/^Actor K \w+ Loader Y$/),
          field: null,
          grade: 'B2',
          note: 'p. 4',
        },
      ],
    });

    const before = { counts: await store.counts(), evidence: await store.sources.evidence() };
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, bundle('Admiralty X2'));
    await expect(importFile(store, { ...request, path: bad }, { schema })).rejects.toThrow(
      'bad.json: relationship--1: external_references[0].description',
    );
    expect({ counts: await store.counts(), evidence: await store.sources.evidence() }).toEqual(before);
  });
});
