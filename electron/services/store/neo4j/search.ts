import type { z } from 'zod';
import type { SearchRequest, SearchResult } from '../../../../graph-schema/model/queries';
import { nameFold } from '../../../../graph-schema/names/fold';
import * as cypher from './cypher';
import { luceneSearch, type LuceneSearch } from './lucene';
import type { Rows } from './rows';
import type { Run } from './session';

type Request = z.output<typeof SearchRequest>;

/** As the case file: at most this many full-text matches are ranked; exact labels come on top. */
const RANK_WINDOW = 2000;
const EXACT_BONUS = 1000;
/** Every hit on the name as written ranks above every hit found only through a reading. */
const WRITTEN_BONUS = 500;

/**
 * As the case file's search: exact labels first, then names matched as written, then, while
 * the limit is not reached, names matched only through a reading or another spelling.
 */
export async function search(run: Run, rows: Rows, req: Request): Promise<SearchResult> {
  const queries = luceneSearch(req.text);
  if (!queries) return { hits: [] };
  const types = req.types && req.types.length > 0 ? req.types : null;
  const fullText = async ({ query, phrases }: LuceneSearch) => {
    const matched = await run(cypher.SEARCH_FULLTEXT, { query, types, phrases, window: RANK_WINDOW });
    return matched.flatMap((row) =>
      typeof row.id === 'string' && typeof row.score === 'number' ? [[row.id, row.score] as const] : [],
    );
  };

  const exact = await run(cypher.SEARCH_EXACT_LABEL, { key: nameFold(req.text), types, limit: req.limit });
  const scores = new Map<string, number>();
  for (const [id, score] of await fullText(queries.written)) scores.set(id, WRITTEN_BONUS + score);
  for (const row of exact) {
    if (typeof row.id === 'string') scores.set(row.id, (scores.get(row.id) ?? WRITTEN_BONUS) + EXACT_BONUS);
  }
  // Fewer written hits than asked for means all of them are in: readings fill the rest below.
  if (scores.size < req.limit) {
    for (const [id, score] of await fullText(queries.any)) if (!scores.has(id)) scores.set(id, score);
  }
  const best = [...scores].sort((a, b) => b[1] - a[1]).slice(0, req.limit);
  const entities = new Map((await rows.entities(best.map(([id]) => id))).map((e) => [e.id, e]));
  return {
    hits: best.flatMap(([id, score]) => {
      const entity = entities.get(id);
      return entity ? [{ entity, score }] : [];
    }),
  };
}
