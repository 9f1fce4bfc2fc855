import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadSchema } from '../../../../../../electron/services/schema/load-types';
import { openNeo4jStore } from '../../../../../../electron/services/store/neo4j';
import * as cypher from '../../../../../../electron/services/store/neo4j/cypher';
import { SchemaIndex } from '../../../../../../graph-schema/model/schema';
import { describeOnNeo4j } from '../../../../../support/neo4j-server/given';

/**
 * How the server plans the statements whose cost grows with the database: link look-ups by
 * id go through the link types' id indexes (no relationship scan), and the counts come from
 * the count store in one statement. Read from EXPLAIN plans, so nothing here is timed.
 */

const schema = loadSchema();
const linkTypes = schema.linkTypes.map((t) => t.name);
const entityTypes = schema.entityTypes.map((t) => t.name);

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

function operators(plan: PlanNode): string[] {
  return [plan.operatorType.replace(/@.*$/, ''), ...plan.children.flatMap(operators)];
}

describeOnNeo4j('Neo4j query plans', (config) => {
  let driver: Driver;
  const explain = async (query: string, parameters: Record<string, unknown>) => {
    const session = driver.session({ database: config.database });
    try {
      const { summary } = await session.run(`EXPLAIN ${query}`, parameters);
      if (!summary.plan) throw new Error('no plan');
      return operators(summary.plan as PlanNode);
    } finally {
      await session.close();
    }
  };
  const SCANS = /AllNodesScan|AllRelationshipsScan|RelationshipTypeScan|NodeByLabelScan/;

  beforeAll(async () => {
    // The schema (and its indexes) as the adapter creates it.
    const store = await openNeo4jStore(config, {
      actor: 'plans',
      schema: new SchemaIndex(schema),
      prepareSchema: true,
    });
    await store.close();
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
    // The planner costs a plan by the database's counts: on the near-empty database an earlier
    // suite leaves, scanning the id index costs it no more than seeking in it, and it took
    // either from run to run. Entities as a case holds them (and no plan cached from the
    // earlier suite) make the plans those of a database in use, the ones this suite is about.
    await driver.executeQuery(
      'UNWIND range(1, 2000) AS i CREATE (:PlexusEntity:Person {id: "plan-" + i, type: "Person", label: "p" + i})',
      {},
      { database: config.database },
    );
    await driver.executeQuery('CALL db.clearQueryCaches()', {}, { database: config.database });
  });
  afterAll(async () => {
    await driver.executeQuery(
      'MATCH (n:PlexusEntity) WHERE n.id STARTS WITH "plan-" DELETE n',
      {},
      {
        database: config.database,
      },
    );
    await driver.close();
  });

  it('finds links by id through the id index of each link type', async () => {
    const plan = await explain(cypher.linksById(...linkTypes), { ids: ['l1', 'l2'] });
    expect(plan.filter((op) => /RelationshipIndexSeek/.test(op))).toHaveLength(linkTypes.length);
    expect(plan.filter((op) => SCANS.test(op))).toEqual([]);
    for (const type of linkTypes.slice(0, 3)) {
      for (const statement of [cypher.replaceLink(type), cypher.deleteLinks(type)]) {
        const ops = await explain(statement, { id: 'l1', ids: ['l1'], props: {} });
        expect(
          ops.some((op) => /RelationshipIndexSeek/.test(op)),
          statement,
        ).toBe(true);
        expect(
          ops.filter((op) => SCANS.test(op)),
          statement,
        ).toEqual([]);
      }
    }
  });

  it('walks an expand from the seeds and fetches what it kept by the walked ends, with no scan', async () => {
    const filters = { ids: ['a'], linkTypes: null, entityTypes: null };
    for (const direction of ['out', 'in', 'both'] as const) {
      for (const hops of [1, 2, 3]) {
        const plan = await explain(cypher.expandWalk(hops, direction), filters);
        expect(plan.filter((op) => /NodeUniqueIndexSeek/.test(op))).toHaveLength(hops);
        expect(plan.filter((op) => SCANS.test(op))).toEqual([]);
      }
      expect((await explain(cypher.stepsFrom(direction), filters)).filter((op) => SCANS.test(op))).toEqual(
        [],
      );
    }
    const fetch = await explain(cypher.ENTITIES_AND_WALKED_LINKS, {
      ids: ['a'],
      links: [{ id: 'l1', origin: 'a', reached: 'b' }],
    });
    // The entities, and each link from one of its walked ends (which one is the planner's choice).
    expect(fetch.filter((op) => /NodeUniqueIndexSeek/.test(op)).length).toBeGreaterThanOrEqual(2);
    expect(fetch.filter((op) => SCANS.test(op))).toEqual([]);
  });

  it('writes a link and its id node, and frees the id, through unique indexes only', async () => {
    const ops = await explain(cypher.createLinks(linkTypes[0] ?? ''), { rows: [] });
    expect(ops.filter((op) => SCANS.test(op))).toEqual([]);
    // Checked or not, a link batch streams: no Eager holding every row before the writes.
    for (const type of schema.linkTypes.slice(0, 3)) {
      for (const statement of [cypher.createLinks(type.name), cypher.createCheckedLinks(type)]) {
        const write = await explain(statement, { rows: [] });
        expect(
          write.filter((op) => /NodeUniqueIndexSeek/.test(op)),
          statement,
        ).toHaveLength(2);
        expect(
          write.filter((op) => SCANS.test(op) || op === 'Eager'),
          statement,
        ).toEqual([]);
      }
    }
    const forget = await explain(cypher.FORGET_LINK_IDS, { ids: ['l1'] });
    expect(forget.some((op) => /NodeUniqueIndexSeek/.test(op))).toBe(true);
    expect(forget.filter((op) => SCANS.test(op))).toEqual([]);
  });

  it('creates an entity batch in one streaming CREATE that names each property', async () => {
    for (const type of entityTypes.slice(0, 3)) {
      const ops = await explain(cypher.createEntities(type), { rows: [] });
      expect(ops, type).toEqual(['ProduceResults', 'EmptyResult', 'Create', 'Unwind']);
    }
  });

  it('reads every count from the count store, in one statement', async () => {
    const plan = await explain(cypher.countAll(entityTypes, linkTypes), {});
    expect(plan.filter((op) => op === 'NodeCountFromCountStore')).toHaveLength(entityTypes.length);
    expect(plan.filter((op) => op === 'RelationshipCountFromCountStore')).toHaveLength(linkTypes.length);
    expect(plan.filter((op) => SCANS.test(op))).toEqual([]);
  });
});
