/**
 * The scripted Bolt server checked against the real neo4j-driver: if these pass, the wiring
 * tests of the adapter exercise the driver as it behaves against Neo4j.
 */
import neo4j, { type Driver, isInt, isNode, isRelationship, isPath, Neo4jError } from 'neo4j-driver';
import { afterEach, describe, expect, it } from 'vitest';
import {
  date,
  Float,
  node,
  path,
  relationship,
  startBoltServer,
  type BoltScript,
  type BoltServer,
} from '../../../../../../support/bolt';

const USERS = { neo4j: 'secret' };
let server: BoltServer | undefined;
let driver: Driver | undefined;

afterEach(async () => {
  await driver?.close();
  await server?.close();
  driver = undefined;
  server = undefined;
});

async function connect(script: BoltScript, options: { password?: string; routing?: boolean } = {}) {
  server = await startBoltServer({ users: USERS, ...script });
  const url = options.routing ? server.routingUrl : server.url;
  driver = neo4j.driver(url, neo4j.auth.basic('neo4j', options.password ?? 'secret'), {
    // Keep failures quick: nothing here should wait for the driver's 60 s defaults.
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: 0,
  });
  return { server, driver };
}

describe('scripted Bolt server with the raw neo4j-driver', () => {
  it('authenticates over bolt:// and reports the scripted agent', async () => {
    const { driver, server } = await connect({ agent: 'Neo4j/5.26.2' });
    const info = await driver.getServerInfo();
    expect(info.agent).toBe('Neo4j/5.26.2');
    expect(info.protocolVersion).toMatchObject({ major: 5, minor: 4 });
    expect(server.log.map((m) => m.type)).toContain('LOGON');
    expect(JSON.stringify(server.log)).not.toContain('secret');
  });

  it('routes neo4j:// URIs through a routing table that names itself', async () => {
    const { driver, server } = await connect(
      { onRun: () => ({ fields: ['x'], records: [[1]] }) },
      { routing: true },
    );
    const result = await driver.executeQuery('RETURN 1 AS x', {}, { database: 'plexus' });
    expect(result.records[0]?.get('x').toNumber()).toBe(1);
    expect(server.log.some((m) => m.type === 'ROUTE')).toBe(true);
    expect(server.runs[0]?.db).toBe('plexus');
  });

  it('negotiates through the Bolt 5.7+ manifest handshake too', async () => {
    const { driver } = await connect({
      manifest: true,
      version: { major: 5, minor: 8 },
      onRun: () => ({ failure: { code: 'Neo.ClientError.Statement.SyntaxError', message: 'Invalid input' } }),
    });
    expect((await driver.getServerInfo()).protocolVersion).toMatchObject({ major: 5, minor: 8 });
    // 5.7+ reads failures in the GQL shape; the Neo4j code must still come through.
    const error = await driver.executeQuery('RETURN').catch((e: unknown) => e);
    expect((error as Neo4jError).code).toBe('Neo.ClientError.Statement.SyntaxError');
  });

  it('refuses a wrong password with Neo.ClientError.Security.Unauthorized', async () => {
    const { driver } = await connect({}, { password: 'wrong' });
    const error = await driver.verifyConnectivity().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Neo4jError);
    expect((error as Neo4jError).code).toBe('Neo.ClientError.Security.Unauthorized');
  });

  it('round-trips parameters: ints, floats, CJK strings, lists, maps, null, booleans', async () => {
    const { driver, server } = await connect({
      onRun: (_query, params) => ({ fields: ['echo'], records: [[params['p'] ?? null]] }),
    });
    const p = {
      int: neo4j.int(42),
      big: neo4j.int('9007199254740993'),
      negative: neo4j.int(-129),
      float: 1.5,
      whole: 3,
      name: '王偉 Zhāng 김민준',
      list: [neo4j.int(1), 'two', null],
      map: { nested: { yes: true, no: false } },
      nothing: null,
    };
    const { records } = await driver.executeQuery('RETURN $p AS echo', { p });
    expect(server.runs[0]?.params).toEqual({
      p: {
        int: 42n,
        big: 9007199254740993n,
        negative: -129n,
        float: 1.5,
        // A bare JS number is a FLOAT on the wire: the driver only sends INTEGER for neo4j.int.
        whole: 3,
        name: '王偉 Zhāng 김민준',
        list: [1n, 'two', null],
        map: { nested: { yes: true, no: false } },
        nothing: null,
      },
    });
    const echo = records[0]?.get('echo');
    expect(echo.big.toString()).toBe('9007199254740993');
    expect(echo.name).toBe('王偉 Zhāng 김민준');
    expect(isInt(echo.int)).toBe(true);
    expect(isInt(echo.whole)).toBe(true); // integral numbers in a reply go out as INTEGER
    expect(echo.float).toBe(1.5);
  });

  it('carries messages larger than one 64 KiB chunk both ways', async () => {
    const { driver, server } = await connect({
      onRun: (_query, params) => ({ fields: ['echo'], records: [[params['text'] ?? null]] }),
    });
    const text = '偉'.repeat(70_000); // 210 000 bytes of UTF-8: four chunks
    const { records } = await driver.executeQuery('RETURN $text AS echo', { text });
    expect(server.runs[0]?.params['text']).toBe(text);
    expect(records[0]?.get('echo')).toBe(text);
  });

  it('sends a forced Float and a Date structure back as driver values', async () => {
    const { driver } = await connect({
      onRun: () => ({ fields: ['f', 'd'], records: [[new Float(2), date('2024-02-29')]] }),
    });
    const { records } = await driver.executeQuery('RETURN 1');
    expect(records[0]?.get('f')).toBe(2);
    expect(records[0]?.get('d').toString()).toBe('2024-02-29');
  });

  it('maps Node, Relationship and Path structures to driver objects', async () => {
    const a = { id: 1, labels: ['Person'], properties: { name: 'Ana' }, elementId: 'n-a' };
    const b = { id: 2, labels: ['Company'], properties: { name: 'Acme' } };
    const rel = { id: 7, start: 1, end: 2, type: 'WORKS_FOR', properties: { since: 2020 } };
    const { driver } = await connect({
      onRun: () => ({
        fields: ['n', 'r', 'p'],
        records: [[node(a), relationship(rel), path([a, b], [rel])]],
      }),
    });
    const { records } = await driver.executeQuery('MATCH p = (n)-[r]->() RETURN n, r, p');
    const [n, r, p] = [records[0]?.get('n'), records[0]?.get('r'), records[0]?.get('p')];
    expect(isNode(n)).toBe(true);
    expect(n.labels).toEqual(['Person']);
    expect(n.elementId).toBe('n-a');
    expect(n.properties).toEqual({ name: 'Ana' });
    expect(isRelationship(r)).toBe(true);
    expect(r.type).toBe('WORKS_FOR');
    expect(r.startNodeElementId).toBe('4:plexus:1');
    expect(r.properties.since.toNumber()).toBe(2020);
    expect(isPath(p)).toBe(true);
    expect(p.segments).toHaveLength(1);
    expect(p.end.properties.name).toBe('Acme');
  });

  it('streams more records than one PULL batch', async () => {
    const { driver } = await connect({
      onRun: () => ({ fields: ['i'], records: Array.from({ length: 25 }, (_, i) => [i]) }),
    });
    const session = driver.session({ fetchSize: 10 });
    const { records } = await session.run('UNWIND range(0, 24) AS i RETURN i');
    await session.close();
    expect(records.map((r) => r.get('i').toNumber())).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });
});
