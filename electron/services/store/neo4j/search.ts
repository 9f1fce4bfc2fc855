import type { z } from 'zod';
import type { SearchRequest, SearchResult } from '../../../../graph-schema/model/queries';
import { foldText } from '../search-text';
import * as cypher from './cypher';
import { luceneQuery, phraseFilters } from './lucene';
import type { Rows } from './rows';
import type { Run } from './session';

type Request = z.output<typeof SearchRequest>;

/** As the case file: at most this many full-text matches are ranked; exact labels come on top. */
const RANK_WINDOW = 2000;
const EXACT_BONUS = 1000;

export async function search(run: Run, rows: Rows, req: Request): Promise<SearchResult> {
  const query = luceneQuery(req.text);
  if (!query) return { hits: [] };
  const types = req.types && req.types.length > 0 ? req.types : null;
  const exact = await run(cypher.SEARCH_EXACT_LABEL, { key: foldText(req.text), types, limit: req.limit });
  const phrases = phraseFilters(req.text);
  const matched = await run(cypher.SEARCH_FULLTEXT, { query, types, phrases, window: RANK_WINDOW });

  const scores = new Map<string, number>();
  for (const row of matched) {
    if (typeof row.id === 'string' && typeof row.score === 'number') scores.set(row.id, row.score);
  }
  for (const row of exact) {
    if (typeof row.id === 'string') scores.set(row.id, (scores.get(row.id) ?? 0) + EXACT_BONUS);
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
