import type {
  Pattern,
  PatternCondition,
  PatternEdge,
  PatternNode,
  PatternRow,
} from '../../../../graph-schema/model/pattern';
import { confidenceAtLeast } from '../../../../graph-schema/model/pattern';

/**
 * A pattern (graph-schema/model/pattern) as one SQLite statement over the case file. Every
 * value, JSON path included, is a named parameter: the text holds only the shape, so user
 * text cannot change what runs. Each arrow is a breadth-first walk from the entities the box
 * before it matched (links_out / links_in serve every step), keeping per pair of ends a
 * shortest path, the one with the lowest link ids, as the Neo4j store does.
 */
export interface CompiledSql {
  sql: string;
  params: Record<string, string | number>;
}

/** Between the hop count and the ids of a path's best key, and between link ids. */
const HOPS_MARK = '\u001e';
const ID_MARK = '\u001f';

class Params {
  readonly values: Record<string, string | number> = {};
  private next = 0;
  add(value: string | number): string {
    const name = `p${this.next++}`;
    this.values[name] = value;
    return `@${name}`;
  }
}

function fieldPath(field: string): string {
  return `$.${field}`;
}

/**
 * Text that JSON.stringify writes as it is (no quote, backslash, control character or lone
 * surrogate). Every record body is written by JSON.stringify, so a field holding such text
 * holds it verbatim in the body too: a plain substring test on the raw body, far cheaper than
 * parsing it, can rule a record out before its JSON is read, without changing what matches.
 */
function verbatimInBody(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !/["\\\u0000-\u001f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(
    value,
  );
}

/** One condition on a record whose JSON is `body`. */
function condition(c: PatternCondition, body: string, p: Params): string {
  switch (c.op) {
    case 'minGrade':
      return `(json_extract(${body}, '$.reliability') <= ${p.add(c.reliability)} AND json_extract(${body}, '$.credibility') <= ${p.add(c.credibility)})`;
    case 'minConfidence':
      return `json_extract(${body}, '$.confidence') IN (SELECT value FROM json_each(${p.add(JSON.stringify(confidenceAtLeast(c.level)))}))`;
    default:
      break;
  }
  const path = p.add(fieldPath(c.field));
  const value = `json_extract(${body}, ${path})`;
  const isText = `json_type(${body}, ${path}) = 'text'`;
  switch (c.op) {
    case 'equals':
      if (typeof c.value === 'boolean') return `json_type(${body}, ${path}) = ${p.add(String(c.value))}`;
      if (typeof c.value === 'number')
        return `(json_type(${body}, ${path}) IN ('integer', 'real') AND ${value} = ${p.add(c.value)})`;
      return `(${rawTest(c.value, body, p)}${isText} AND ${value} = ${p.add(c.value)})`;
    case 'contains':
      return `(${rawTest(c.value, body, p)}${isText} AND instr(${value}, ${p.add(c.value)}) > 0)`;
    case 'in':
      return `(${isText} AND ${value} IN (SELECT value FROM json_each(${p.add(JSON.stringify(c.values))})))`;
    case 'range': {
      const bounds = [isText];
      if (c.min !== undefined) bounds.push(`${value} >= ${p.add(c.min)}`);
      if (c.max !== undefined) bounds.push(`${value} <= ${p.add(c.max)}`);
      return `(${bounds.join(' AND ')})`;
    }
  }
}

/** The raw-body test of verbatimInBody, as the first term of an AND, or nothing. */
function rawTest(value: string, body: string, p: Params): string {
  return verbatimInBody(value) && value !== '' ? `instr(${body}, ${p.add(value)}) > 0 AND ` : '';
}

function conditions(
  list: readonly PatternCondition[],
  join: 'AND' | 'OR',
  body: string,
  p: Params,
): string[] {
  if (list.length === 0) return [];
  return [`(${list.map((c) => condition(c, body, p)).join(` ${join} `)})`];
}

function typeTest(column: string, types: readonly string[], p: Params): string[] {
  return types.length === 0
    ? []
    : [`${column} IN (SELECT value FROM json_each(${p.add(JSON.stringify(types))}))`];
}

/** The tests of a box on entities row `e` (body joined as `b` when conditions need it). */
function nodeTests(node: PatternNode, e: string, b: string, p: Params): string[] {
  return [
    ...typeTest(`${e}.type`, node.types, p),
    ...conditions(node.conditions, node.match === 'all' ? 'AND' : 'OR', `${b}.body`, p),
  ];
}

/**
 * CROSS JOIN keeps the entities row first: the type test runs on the small rows and only
 * entities of the box's types have their JSON body read (else SQLite may scan every body).
 */
function bodyJoin(node: PatternNode, e: string, b: string): string {
  return node.conditions.length > 0 ? ` CROSS JOIN entity_bodies ${b} ON ${b}.rid = ${e}.rid` : '';
}

function where(tests: readonly string[]): string {
  return tests.length > 0 ? ` WHERE ${tests.join(' AND ')}` : '';
}

/** The steps an arrow takes: [column at the entity walked from, column reached]. */
function stepColumns(edge: PatternEdge): [string, string][] {
  if (edge.direction === 'out') return [['source', 'target']];
  if (edge.direction === 'in') return [['target', 'source']];
  return [
    ['source', 'target'],
    ['target', 'source'],
  ];
}

/**
 * Walk i, breadth first and one level per hop (PATTERN_MAX_HOPS keeps it short): level k holds
 * each entity first reached at k hops from each start, with the lowest ids among its shortest
 * paths (the lowest of the level before, plus the lowest link on). Bounded by what is within
 * reach, not by the number of paths, which a hub with thousands of links would make explode.
 * A start is never its own end. CROSS JOIN keeps the level walked from outside, so each step
 * is an index search on links, whatever SQLite guesses of the level's size.
 */
function walk(i: number, edge: PatternEdge, start: string, p: Params): string[] {
  const linkTests = () => [
    ...typeTest('l.type', edge.types, p),
    ...conditions(edge.conditions, 'AND', 'l.body', p),
  ];
  const levels: string[] = [];
  for (let k = 1; k <= edge.maxHops; k++) {
    const steps = stepColumns(edge).map(([at, to]) =>
      k === 1
        ? `SELECT l.${at} AS s, l.${to} AS t, l.id AS ids FROM links l` +
          where([`l.${at} IN (SELECT rid FROM ${start})`, ...linkTests()])
        : `SELECT h.s AS s, l.${to} AS t, h.ids || char(31) || l.id AS ids FROM h${i}_${k - 1} h ` +
          `CROSS JOIN links l ON l.${at} = h.t${where(linkTests())}`,
    );
    const seen = Array.from(
      { length: k - 1 },
      (_, j) => `NOT EXISTS (SELECT 1 FROM h${i}_${j + 1} v WHERE v.s = x.s AND v.t = x.t)`,
    );
    levels.push(
      `h${i}_${k}(s, t, ids) AS (SELECT x.s, x.t, min(x.ids) FROM (${steps.join(' UNION ALL ')}) x` +
        `${where(['x.t <> x.s', ...seen])} GROUP BY x.s, x.t)`,
    );
  }
  const reached = Array.from({ length: edge.maxHops - edge.minHops + 1 }, (_, j) => {
    const k = edge.minHops + j;
    return `SELECT s, t, ${k} AS hops, ids FROM h${i}_${k}`;
  });
  return [...levels, `w${i}(s, t, hops, ids) AS (${reached.join(' UNION ALL ')})`];
}

/** Pairs i: each (start, end) of the walk whose end the next box takes, with its path. */
function pairs(i: number, node: PatternNode, p: Params): string {
  const join =
    node.types.length + node.conditions.length > 0
      ? ` JOIN entities e ON e.rid = w.t${bodyJoin(node, 'e', 'b')}`
      : '';
  return (
    `p${i}(s, t, best) AS (SELECT w.s, w.t, w.hops || char(30) || w.ids FROM w${i} w${join}` +
    `${where(nodeTests(node, 'e', 'b', p))})`
  );
}

export function patternSql(pattern: Pattern): CompiledSql {
  const p = new Params();
  const [first] = pattern.nodes;
  if (!first) throw new Error('a pattern has at least one box');
  // MATERIALIZED: the start boxes are found once. Left to itself SQLite inlined n0 in each
  // direction of a 'both' arrow, and so read every body of the box's types twice.
  const ctes = [
    `n0(rid) AS MATERIALIZED (SELECT e.rid FROM entities e${bodyJoin(first, 'e', 'b')}${where(nodeTests(first, 'e', 'b', p))})`,
  ];
  pattern.edges.forEach((edge, i) => {
    const node = pattern.nodes[i + 1];
    if (!node) throw new Error('a pattern needs a box after each arrow');
    if (i > 0) ctes.push(`s${i}(rid) AS MATERIALIZED (SELECT DISTINCT t FROM p${i - 1})`);
    ctes.push(...walk(i, edge, i === 0 ? 'n0' : `s${i}`, p));
    ctes.push(pairs(i, node, p));
  });

  const entityColumns = pattern.nodes.map((_, k) => `e${k}.id AS e${k}`);
  const linkColumns = pattern.edges.map((_, k) => `p${k}.best AS l${k}`);
  let from: string;
  if (pattern.edges.length === 0) {
    from = 'n0 JOIN entities e0 ON e0.rid = n0.rid';
  } else {
    from = 'p0 JOIN entities e0 ON e0.rid = p0.s JOIN entities e1 ON e1.rid = p0.t';
    for (let k = 1; k < pattern.edges.length; k++)
      from += ` JOIN p${k} ON p${k}.s = p${k - 1}.t JOIN entities e${k + 1} ON e${k + 1}.rid = p${k}.t`;
  }
  const order = pattern.nodes.map((_, k) => `e${k}.id`).join(', ');
  // One row past the limit says whether it was reached.
  const limit = p.add(pattern.limit + 1);
  const sql =
    `WITH ${ctes.join(', ')} ` +
    `SELECT ${[...entityColumns, ...linkColumns].join(', ')} FROM ${from} ORDER BY ${order} LIMIT ${limit}`;
  return { sql, params: p.values };
}

/** A result row of patternSql as a pattern row. */
export function patternRow(row: Record<string, unknown>, pattern: Pattern): PatternRow {
  return {
    entities: pattern.nodes.map((_, k) => String(row[`e${k}`])),
    links: pattern.edges.map((_, k) => {
      const best = String(row[`l${k}`]);
      return best.slice(best.indexOf(HOPS_MARK) + 1).split(ID_MARK);
    }),
  };
}
