import type {
  Pattern,
  PatternCondition,
  PatternEdge,
  PatternNode,
  PatternRow,
} from '../../../../graph-schema/model/pattern';
import { confidenceAtLeast } from '../../../../graph-schema/model/pattern';
import { ENTITY_LABEL } from './cypher';
import { quoteName } from './names';
import type { Row } from './values';

/**
 * A pattern (graph-schema/model/pattern) as one Cypher statement. Values travel as
 * parameters; the only names in the text are labels and relationship types the pattern
 * check found in the schema, quoted by quoteName. Type properties are one JSON string per
 * record (propsJson, records.ts), written by JSON.stringify: a property equal to a value is
 * the exact text `"name":<value JSON>` followed by `,` or `}` (a quote inside a value is
 * always escaped, so that text cannot start inside one), and a property holding some text
 * is a regular expression over the same encoding. Each arrow is an ALL SHORTEST search
 * (Neo4j 5.21 and later); the path kept per pair of ends is the shortest with the lowest link
 * ids, as the case file keeps it.
 */
export interface CompiledCypher {
  text: string;
  params: Record<string, unknown>;
}

class Params {
  readonly values: Record<string, unknown> = {};
  private next = 0;
  add(value: unknown): string {
    const name = `p${this.next++}`;
    this.values[name] = value;
    return `$${name}`;
  }
}

/** Java regular-expression metacharacters, each made literal by a backslash. */
function literal(text: string): string {
  return text.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}

function propNeedles(name: string, value: string | number | boolean): string[] {
  const pair = `${JSON.stringify(name)}:${JSON.stringify(value)}`;
  return [`${pair},`, `${pair}}`];
}

function condition(c: PatternCondition, v: string, p: Params): string {
  switch (c.op) {
    case 'minGrade':
      return `(${v}.reliability <= ${p.add(c.reliability)} AND ${v}.credibility <= ${p.add(c.credibility)})`;
    case 'minConfidence':
      return `${v}.confidence IN ${p.add(confidenceAtLeast(c.level))}`;
    default:
      break;
  }
  if (!c.field.startsWith('props.')) {
    const field = `${v}.${c.field}`;
    switch (c.op) {
      case 'equals':
        return `${field} = ${p.add(c.value)}`;
      case 'contains':
        return `${field} CONTAINS ${p.add(c.value)}`;
      case 'in':
        return `${field} IN ${p.add(c.values)}`;
      case 'range': {
        const bounds: string[] = [];
        if (c.min !== undefined) bounds.push(`${field} >= ${p.add(c.min)}`);
        if (c.max !== undefined) bounds.push(`${field} <= ${p.add(c.max)}`);
        return `(${bounds.join(' AND ')})`;
      }
    }
  }
  const name = c.field.slice('props.'.length);
  const json = `${v}.propsJson`;
  switch (c.op) {
    case 'equals':
      return `any(x IN ${p.add(propNeedles(name, c.value))} WHERE ${json} CONTAINS x)`;
    case 'in':
      return `any(x IN ${p.add(c.values.flatMap((value) => propNeedles(name, value)))} WHERE ${json} CONTAINS x)`;
    case 'contains': {
      // The key, the start of its string value, then the text as JSON writes it: the
      // value's characters are consumed whole (an escape is one), so a match starts on one.
      const re = `.*${literal(JSON.stringify(name))}:"(?:[^"\\\\]|\\\\.)*${literal(JSON.stringify(c.value).slice(1, -1))}.*`;
      return `${json} =~ ${p.add(re)}`;
    }
    case 'range':
      throw new Error('a range is only taken on validity dates (checkPattern)');
  }
}

function conditions(list: readonly PatternCondition[], join: 'AND' | 'OR', v: string, p: Params): string[] {
  if (list.length === 0) return [];
  return [`(${list.map((c) => condition(c, v, p)).join(` ${join} `)})`];
}

function nodeLabel(node: PatternNode): string {
  return node.types.length === 0 ? quoteName(ENTITY_LABEL) : node.types.map(quoteName).join('|');
}

function nodeTests(node: PatternNode, v: string, p: Params): string[] {
  return conditions(node.conditions, node.match === 'all' ? 'AND' : 'OR', v, p);
}

/** A quantified relationship: each link walked passes the arrow's types and conditions. */
function arrow(edge: PatternEdge, r: string, p: Params): string {
  const types = edge.types.length === 0 ? '' : `:${edge.types.map(quoteName).join('|')}`;
  const tests = conditions(edge.conditions, 'AND', r, p);
  const body = `[${r}${types}${tests.length > 0 ? ` WHERE ${tests.join('')}` : ''}]`;
  const hops = `{1,${edge.maxHops}}`;
  if (edge.direction === 'out') return `-${body}->${hops}`;
  if (edge.direction === 'in') return `<-${body}-${hops}`;
  return `-${body}-${hops}`;
}

function where(tests: readonly string[]): string {
  return tests.length > 0 ? ` WHERE ${tests.join(' AND ')}` : '';
}

export function patternCypher(pattern: Pattern): CompiledCypher {
  const p = new Params();
  const [first] = pattern.nodes;
  if (!first) throw new Error('a pattern has at least one box');
  let text = `MATCH (n0:${nodeLabel(first)})${where(nodeTests(first, 'n0', p))}`;
  const kept = ['n0'];
  pattern.edges.forEach((edge, i) => {
    const node = pattern.nodes[i + 1];
    if (!node) throw new Error('a pattern needs a box after each arrow');
    const [near, far, path] = [`n${i}`, `n${i + 1}`, `q${i}`];
    const ids = `[r IN relationships(${path}) | r.id]`;
    // Shortest paths from 1 hop, then those shorter than minHops dropped: the distance the
    // case file's breadth-first walk measures. The far box's tests sit in its node pattern,
    // so they choose the ends the search is for, not filter its answers.
    const farTests = [`${far} <> ${near}`, ...nodeTests(node, far, p)].join(' AND ');
    text +=
      ` MATCH ${path} = ALL SHORTEST (${near})${arrow(edge, `r${i}`, p)}(${far}:${nodeLabel(node)} WHERE ${farTests})` +
      (edge.minHops > 1 ? ` WHERE length(${path}) >= ${p.add(edge.minHops)}` : '');
    kept.push(far);
    text += ` WITH ${kept.join(', ')}, ${path} ORDER BY ${ids}`;
    text += ` WITH ${kept.join(', ')}, collect(${ids})[0] AS l${i}`;
    kept.push(`l${i}`);
  });
  const nodes = pattern.nodes.map((_, k) => `n${k}.id`);
  const links = pattern.edges.map((_, k) => `l${k}`);
  text +=
    ` RETURN [${nodes.join(', ')}] AS entities, [${links.join(', ')}] AS links` +
    ` ORDER BY ${nodes.join(', ')} LIMIT ${p.add(pattern.limit + 1)}`;
  return { text, params: p.values };
}

export function patternRowFromCypher(row: Row): PatternRow {
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);
  return {
    entities: list(row.entities).map(String),
    links: list(row.links).map((ids) => list(ids).map(String)),
  };
}
