import { PlexusError } from '../../../graph-schema/model/errors';
import {
  PatternName,
  type PatternResult,
  type PatternRow,
  type SavedPattern,
} from '../../../graph-schema/model/pattern';
import type { Entity, Link } from '../../../graph-schema/model/records';

/**
 * Saved patterns of a case (issue 14), kept in the same store as its data, and a pattern
 * run. Every store implements this beside GraphStore (GraphStore.patterns) and passes
 * tests/contract. A pattern is saved under its name; saving a name again replaces it.
 */
export interface PatternStore {
  /** Every saved pattern, by name. */
  list(): Promise<SavedPattern[]>;
  /** NOT_FOUND when there is no pattern of that name. */
  get(name: string): Promise<SavedPattern>;
  /** Checks the pattern against the case's types (VALIDATION naming the place), then saves or replaces it. */
  save(name: string, pattern: unknown): Promise<SavedPattern>;
  /** NOT_FOUND when `from` is not saved; CONFLICT when `to` is taken. */
  rename(from: string, to: string): Promise<SavedPattern>;
  /** NOT_FOUND when there is no pattern of that name. */
  delete(name: string): Promise<void>;
  /** Checks the pattern, then finds its matches: rows capped at the pattern's limit. */
  run(pattern: unknown): Promise<PatternResult>;
}

export function patternNotFound(name: string): PlexusError {
  return new PlexusError('NOT_FOUND', `no saved pattern named ${JSON.stringify(name)}`, [
    { field: 'name', rule: 'unknown', message: `name: no saved pattern named ${JSON.stringify(name)}` },
  ]);
}

export function patternNameTaken(name: string): PlexusError {
  return new PlexusError('CONFLICT', `a pattern named ${JSON.stringify(name)} is saved already`, [
    {
      field: 'name',
      rule: 'unique',
      message: `name: a pattern named ${JSON.stringify(name)} is saved already`,
    },
  ]);
}

export function checkPatternName(name: unknown): string {
  const parsed = PatternName.safeParse(name);
  if (!parsed.success)
    throw new PlexusError('VALIDATION', 'name: a pattern needs a name of 1 to 200 characters', [
      {
        field: 'name',
        rule: 'length',
        message: 'name: a pattern needs a name of 1 to 200 characters',
        reason: { code: 'empty' },
      },
    ]);
  return parsed.data;
}

export function byPatternName(a: SavedPattern, b: SavedPattern): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * Rows one past the limit as a result: the limit's rows, whether it was reached, and the
 * records they name, read by the store's own getEntities and getLinks.
 */
export async function patternResult(
  matched: readonly PatternRow[],
  limit: number,
  read: {
    getEntities(ids: readonly string[]): Promise<Entity[]>;
    getLinks(ids: readonly string[]): Promise<Link[]>;
  },
): Promise<PatternResult> {
  const rows = matched.slice(0, limit);
  const linkIds = [...new Set(rows.flatMap((row) => row.links.flat()))];
  const links = await read.getLinks(linkIds);
  const entityIds = new Set(rows.flatMap((row) => row.entities));
  for (const link of links) {
    entityIds.add(link.source);
    entityIds.add(link.target);
  }
  const entities = await read.getEntities([...entityIds]);
  return { rows, truncated: matched.length > limit, limit, entities, links };
}
