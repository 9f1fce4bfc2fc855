import { PATTERN_BODY } from '../../../../graph-schema/migrations/bodies';
import type { PatternResult, SavedPattern } from '../../../../graph-schema/model/pattern';
import { readStoredBody } from '../../../../graph-schema/model/stored-body';
import { checkPattern } from '../../../../graph-schema/model/pattern-check';
import type { Entity, Link } from '../../../../graph-schema/model/records';
import type { SchemaIndex } from '../../../../graph-schema/model/schema';
import {
  byPatternName,
  checkPatternName,
  patternNameTaken,
  patternNotFound,
  patternResult,
  type PatternStore,
} from '../pattern-store';
import * as cypher from './cypher';
import { patternCypher, patternRowFromCypher } from './pattern-cypher';
import type { Run, Sessions } from './session';
import type { Row } from './values';

/** What the store lends its patterns: sessions, its write path and its record reads. */
export interface Neo4jPatternHost {
  schema: SchemaIndex;
  sessions: Sessions;
  /** The store's write path, which refuses during an import. */
  write<T>(work: (run: Run) => Promise<T>): Promise<T>;
  refuseIfReadOnly(): void;
  audit(): { actor: string; now: string };
  getEntities(ids: readonly string[]): Promise<Entity[]>;
  getLinks(ids: readonly string[]): Promise<Link[]>;
}

/** Saved patterns as (:PlexusPattern {name, body, ...}) nodes, body as JSON text, and pattern runs. */
export class Neo4jPatterns implements PatternStore {
  constructor(private readonly host: Neo4jPatternHost) {}

  async list(): Promise<SavedPattern[]> {
    const rows = await this.host.sessions.read((run) => run(cypher.LIST_PATTERNS));
    return rows.map(savedPattern).sort(byPatternName);
  }

  async get(name: string): Promise<SavedPattern> {
    const [row] = await this.host.sessions.read((run) => run(cypher.PATTERN_BY_NAME, { name }));
    if (!row) throw patternNotFound(name);
    return savedPattern(row);
  }

  async save(name: string, pattern: unknown): Promise<SavedPattern> {
    this.host.refuseIfReadOnly();
    const checkedName = checkPatternName(name);
    const body = JSON.stringify(checkPattern(pattern, this.host.schema));
    const { actor, now } = this.host.audit();
    const params = { name: checkedName, body, updatedAt: now, updatedBy: actor };
    await this.host.write((run) => run(cypher.WRITE_PATTERN, params));
    return savedPattern(params);
  }

  async rename(from: string, to: string): Promise<SavedPattern> {
    this.host.refuseIfReadOnly();
    const checkedTo = checkPatternName(to);
    const { actor, now } = this.host.audit();
    return this.host.write(async (run) => {
      if (checkedTo !== from && (await run(cypher.PATTERN_BY_NAME, { name: checkedTo })).length > 0)
        throw patternNameTaken(checkedTo);
      const [row] = await run(cypher.RENAME_PATTERN, {
        name: from,
        to: checkedTo,
        updatedAt: now,
        updatedBy: actor,
      });
      if (!row) throw patternNotFound(from);
      return savedPattern(row);
    });
  }

  async delete(name: string): Promise<void> {
    this.host.refuseIfReadOnly();
    await this.host.write(async (run) => {
      const [row] = await run(cypher.DELETE_PATTERN, { name });
      if (row?.n !== 1) throw patternNotFound(name);
    });
  }

  async run(input: unknown): Promise<PatternResult> {
    const pattern = checkPattern(input, this.host.schema);
    const { text, params } = patternCypher(pattern);
    const rows = await this.host.sessions.read((run) => run(text, params));
    return patternResult(rows.map(patternRowFromCypher), pattern.limit, this.host);
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * A stored body is parsed at the read edge, never cast: version 1, as every pattern node
 * holds (graph-schema/migrations/bodies), named by the pattern's name in a refusal.
 */
function savedPattern(row: Row): SavedPattern {
  const name = text(row.name);
  return {
    name,
    pattern: readStoredBody(PATTERN_BODY, name, undefined, text(row.body)),
    updatedAt: text(row.updatedAt),
    updatedBy: text(row.updatedBy),
  };
}
