import { searchWords } from '../search-text';

/** Characters with a meaning in Lucene's classic query syntax; `&&` and `||` are covered by & and |. */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** The index words of each whitespace-separated word of user text; words with none are dropped. */
function queryWords(text: string): string[][] {
  return text
    .split(/\s+/u)
    .map(searchWords)
    .filter((words) => words.length > 0);
}

/**
 * Turns user text into a Lucene query that cannot be a syntax error and matches what the
 * case file's FTS5 query matches. Each whitespace-separated word is split into index words
 * the way searchText was (searchWords). A word that is one index word matches as itself or
 * as a prefix; the whole word is asked for beside the prefix so a whole-word hit scores higher
 * (Lucene scores prefix queries as constants), ranking "Wang" above "Wangari" for "wang".
 * A word of several index words ("王偉", "li.wei@exam") is FTS5's phrase with a prefix last
 * word, which Lucene's query syntax cannot say: its words are all required, the last as a
 * prefix, the exact phrase ranks higher, and phraseFilters() keeps them in order.
 * Words are ANDed. Undefined when nothing searchable is left.
 */
export function luceneQuery(text: string): string | undefined {
  const clauses = queryWords(text).map((words) => {
    const escaped = words.map(escapeLucene);
    const last = escaped.length - 1;
    if (last === 0) return `(${escaped[0]} OR ${escaped[0]}*)`;
    const all = escaped.map((word, i) => (i === last ? `${word}*` : word)).join(' AND ');
    return `("${escaped.join(' ')}" OR (${all}))`;
  });
  return clauses.length > 0 ? clauses.join(' AND ') : undefined;
}

/**
 * For each word of several index words, the text searchText must contain (after a leading
 * space) for those words to stand in order with the last one a prefix: " li wei exam" is in
 * " li wei example cn" and " wei li" is not. Applied to the full-text hits in the query.
 */
export function phraseFilters(text: string): string[] {
  return queryWords(text)
    .filter((words) => words.length > 1)
    .map((words) => ` ${words.join(' ')}`);
}
