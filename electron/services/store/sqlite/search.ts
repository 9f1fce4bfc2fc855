import type { z } from 'zod';
import type { SearchRequest, SearchResult } from '../../../../graph-schema/model/queries';
import type { Rows } from './entity-rows';
import { foldText, ftsQuery } from './fts-text';
import { IN_LIST, type Statements } from './statements';

type Request = z.output<typeof SearchRequest>;

/** bm25 column weights: a hit in the label counts most, then aliases, then searchable properties. */
const RANK = 'bm25(entity_search, 10.0, 5.0, 2.0)';
/**
 * At most this many full-text matches are scored. bm25 costs about a microsecond a match,
 * and a three-letter prefix can match a tenth of a million-entity case; past the window the
 * text is too unspecific for a ranking to mean much, and exact names are found apart anyway.
 */
const RANK_WINDOW = 2000;
const EXACT_BONUS = 1000;

/**
 * Ranked full-text search: entities whose whole label equals the text (case- and
 * accent-folded, via an index) first, then bm25 over the full-text matches. Every word
 * matches as a prefix; FTS syntax in the text is quoted away.
 */
export function search(sql: Statements, rows: Rows, req: Request): SearchResult {
  const match = ftsQuery(req.text);
  if (!match) return { hits: [] };
  const types = req.types && req.types.length > 0 ? JSON.stringify(req.types) : undefined;
  const typeFilter = types ? ` AND e.type IN ${IN_LIST}` : '';
  const withTypes = (...params: unknown[]) => (types ? [params[0], types, ...params.slice(1)] : params);

  const exact = sql
    .get(`SELECT e.rid FROM entities e WHERE e.label_key = ?${typeFilter} LIMIT ?`)
    .pluck()
    .all(...withTypes(foldText(req.text), req.limit)) as number[];
  const matched = sql
    .get(
      types
        ? `SELECT s.rowid, ${RANK} FROM entity_search s JOIN entities e ON e.rid = s.rowid WHERE entity_search MATCH ?${typeFilter} LIMIT ?`
        : `SELECT rowid, ${RANK} FROM entity_search WHERE entity_search MATCH ? LIMIT ?`,
    )
    .raw()
    .all(...withTypes(match, RANK_WINDOW)) as [number, number][];

  const scores = new Map<number, number>();
  for (const [rid, rank] of matched) scores.set(rid, -rank);
  for (const rid of exact) scores.set(rid, (scores.get(rid) ?? 0) + EXACT_BONUS);
  const best = [...scores].sort((a, b) => b[1] - a[1]).slice(0, req.limit);
  const bodies = rows.entitiesByRid(best.map(([rid]) => rid));
  return {
    hits: best.flatMap(([rid, score]) => {
      const entity = bodies.get(rid);
      return entity ? [{ entity, score }] : [];
    }),
  };
}
