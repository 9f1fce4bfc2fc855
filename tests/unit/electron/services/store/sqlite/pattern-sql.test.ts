import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkPattern } from '../../../../../../graph-schema/model/pattern-check';
import { createCaseFile } from '../../../../../../electron/services/store/sqlite';
import { patternSql } from '../../../../../../electron/services/store/sqlite/pattern-sql';
import { options, schema, tempDir } from './case-files';

/** The case file's compile of a pattern: values only as parameters, walks on the link indexes. */

const INJECTION = "x'); DROP TABLE entities; --";

const suspected = checkPattern(
  {
    nodes: [
      { types: ['Person'], conditions: [{ field: 'props.nationality', op: 'equals', value: 'CN' }] },
      { types: ['Organization'] },
      {
        types: ['Organization'],
        match: 'any',
        conditions: [
          { field: 'notes', op: 'contains', value: INJECTION },
          { field: 'props.stateLinked', op: 'equals', value: true },
        ],
      },
    ],
    edges: [
      { types: ['STUDIED_AT'], direction: 'out' },
      { direction: 'both', minHops: 1, maxHops: 3, conditions: [{ op: 'minConfidence', level: 'probable' }] },
    ],
    limit: 50,
  },
  schema,
);

let temp: ReturnType<typeof tempDir>;
beforeEach(() => {
  temp = tempDir();
});
afterEach(() => temp.remove());

describe('patternSql', () => {
  it('writes every value, field path and type name as a named parameter', () => {
    const { sql, params } = patternSql(suspected);
    for (const text of [INJECTION, 'CN', 'STUDIED_AT', 'Person', 'stateLinked', 'nationality', 'probable'])
      expect(sql, text).not.toContain(text);
    const values = Object.values(params);
    expect(values).toContain(INJECTION);
    expect(values).toContain('$.props.nationality');
    expect(values).toContain('true');
    expect(values).toContain('["STUDIED_AT"]');
    expect(values).toContain('["confirmed","probable"]');
    expect(values).toContain(51);
    // Every parameter the text names is bound, and no other.
    const named = new Set([...sql.matchAll(/@(p\d+)/g)].map((m) => m[1]));
    expect([...named].sort()).toEqual(Object.keys(params).sort());
  });

  it('walks the links through their (source, type) and (target, type) indexes', async () => {
    const path = join(temp.dir, 'plan.plexus');
    await (await createCaseFile(path, options)).close();
    const db = new Database(path, { readonly: true });
    try {
      const { sql, params } = patternSql(suspected);
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map(
        (r) => r.detail,
      );
      expect(plan.some((d) => /SEARCH l USING INDEX links_out/.test(d))).toBe(true);
      expect(plan.some((d) => /SEARCH l USING INDEX links_in/.test(d))).toBe(true);
      // No step scans the whole links table, and bodies are read after the type test.
      expect(plan.filter((d) => /^SCAN (l|b)\b/.test(d))).toEqual([]);
      // The start boxes are found once, not once per direction of the 'both' arrow.
      expect(plan.filter((d) => d === 'MATERIALIZE n0')).toHaveLength(1);
      expect(db.prepare(sql).all(params)).toEqual([]);
    } finally {
      db.close();
    }
  });
});
