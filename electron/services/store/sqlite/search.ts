import type { z } from 'zod';
import type { SearchRequest, SearchResult } from '../../../../graph-schema/model/queries';
import type { Rows } from './entity-rows';
import { ftsQuery, labelKey } from './fts-text';
import { IN_LIST, type Statements } from './statements';

type Request = z.output<typeof SearchRequest>;

/**
 * bm25 column weights: a hit in the label counts most, then aliases, then searchable
 * properties, then readings.
 */
const RANK = 'bm25(entity_search, 10.0, 5.0, 2.0, 1.0)';
/**
 * At most this many full-text matches are scored. bm25 costs about a microsecond a match,
 * and a three-letter prefix can match a tenth of a million-entity case; past the window the
 * text is too unspecific for a ranking to mean much, and exact names are found apart anyway.
 */
const RANK_WINDOW = 2000;
const EXACT_BONUS = 1000;
/** Every hit on the name as written ranks above every hit found only through a reading. */
const WRITTEN_BONUS = 500;

/**
 * Ranked full-text search: entities whose whole label equals the text (folded as names are,
 * via an index) first, then the names matched as written by bm25, then, while the limit is
 * not reached, the names matched only through a reading or another spelling of a word
 * (graph-schema/names). Every word matches as a prefix; FTS syntax in the text is quoted away.
 */
export function search(sql: Statements, rows: Rows, req: Request): SearchResult {
  const match = ftsQuery(req.text);
  if (!match) return { hits: [] };
  const types = req.types && req.types.length > 0 ? JSON.stringify(req.types) : undefined;
  const typeFilter = types ? ` AND e.type IN ${IN_LIST}` : '';
  const withTypes = (...params: unknown[]) => (types ? [params[0], types, ...params.slice(1)] : params);
  const fullText = (expression: string) =>
    sql
      .get(
        types
          ? `SELECT s.rowid, ${RANK} FROM entity_search s JOIN entities e ON e.rid = s.rowid WHERE entity_search MATCH ?${typeFilter} LIMIT ?`
          : `SELECT rowid, ${RANK} FROM entity_search WHERE entity_search MATCH ? LIMIT ?`,
      )
      .raw()
      .all(...withTypes(expression, RANK_WINDOW)) as [number, number][];

  const exact = sql
    .get(`SELECT e.rid FROM entities e WHERE e.label_key = ?${typeFilter} LIMIT ?`)
    .pluck()
    .all(...withTypes(labelKey(req.text), req.limit)) as number[];

  const scores = new Map<number, number>();
  for (const [rid, rank] of fullText(match.written)) scores.set(rid, WRITTEN_BONUS - rank);
  for (const rid of exact) scores.set(rid, (scores.get(rid) ?? WRITTEN_BONUS) + EXACT_BONUS);
  // Fewer written hits than asked for means all of them are in: readings fill the rest below.
  if (scores.size < req.limit) {
    for (const [rid, rank] of fullText(match.any)) if (!scores.has(rid)) scores.set(rid, -rank);
  }
  const best = [...scores].sort((a, b) => b[1] - a[1]).slice(0, req.limit);
  const bodies = rows.entitiesByRid(best.map(([rid]) => rid));
  return {
    hits: best.flatMap(([rid, score]) => {
      const entity = bodies.get(rid);
      return entity ? [{ entity, score }] : [];
    }),
  };
}
