import { afterAll, beforeEach, expect, it } from 'vitest';
import { loadSchema } from '../../../../../../electron/services/schema/load-types';
import { openNeo4jStore, testNeo4j } from '../../../../../../electron/services/store/neo4j';
import { NEO4J_SCHEMA_STEPS } from '../../../../../../electron/services/store/neo4j/server-schema';
import { PlexusError } from '../../../../../../graph-schema/model/errors';
import { SchemaIndex } from '../../../../../../graph-schema/model/schema';
import { adminRows, wipePlexus } from '../../../../../support/neo4j-server/admin';
import { describeOnNeo4j } from '../../../../../support/neo4j-server/given';

/** Schema step 3 on a real server: a database written before name readings is reindexed. */

const index = new SchemaIndex(loadSchema());
const writer = { actor: 'names-test', schema: index };

describeOnNeo4j('Neo4j name readings step', (config) => {
  beforeEach(() => wipePlexus(config, { schema: true }));
  afterAll(() => wipePlexus(config, { schema: true }));

  it('recomputes searchText and labelKey of every entity when an older database is migrated', async () => {
    const first = await openNeo4jStore(config, { ...writer, prepareSchema: true });
    await first.createEntities([
      { type: 'Person', label: '佐藤', aliases: ['さとう'] },
      { type: 'Person', label: '王偉' },
      { type: 'Person', label: 'ｻﾄｳ' },
    ]);
    await first.close();
    // As schema version 2 left them: written words only, the label merely lower-cased.
    await adminRows(
      config,
      "MATCH (n:PlexusEntity) SET n.searchText = reduce(s = '', w IN split(n.searchText, ' ') | " +
        "CASE WHEN w STARTS WITH '_' THEN s ELSE s + ' ' + w END), n.labelKey = toLower(n.label)",
    );
    await adminRows(config, 'MATCH (s:PlexusSchema) SET s.version = 2, s.steps = s.steps[0..2]');
    expect(await testNeo4j(config)).toMatchObject({ schema: 'older', schemaVersion: 2 });
    const refused = await openNeo4jStore(config, writer).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refused instanceof PlexusError ? refused.code : refused).toBe('SCHEMA_REQUIRED');

    const store = await openNeo4jStore(config, { ...writer, prepareSchema: true });
    const find = async (text: string) => (await store.search({ text })).hits.map((h) => h.entity.label);
    expect((await find('sato')).sort()).toEqual(['佐藤', 'ｻﾄｳ']);
    expect(await find('wang wei')).toEqual(['王偉']);
    expect((await find('さとう'))[0]).toBe('ｻﾄｳ');
    await store.close();
    const [node] = await adminRows(config, 'MATCH (s:PlexusSchema) RETURN s.steps AS steps');
    expect(node?.steps).toHaveLength(NEO4J_SCHEMA_STEPS.length);
    expect(String((node?.steps as string[])[2])).toMatch(/^3: names found however they are typed/);
  });
});
