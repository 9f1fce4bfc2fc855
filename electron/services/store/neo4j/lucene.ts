import { searchWords } from '../search-text';

/** Characters with a meaning in Lucene's classic query syntax; `&&` and `||` are covered by & and |. */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * Turns user text into a Lucene query that cannot be a syntax error and matches what the
 * case file's FTS5 query matches. Each whitespace-separated word is split into index words
 * the way searchText was (searchWords). A word that is one index word matches as itself or
 * as a prefix; the whole word is asked for beside the prefix so a whole-word hit scores higher
 * (Lucene scores prefix queries as constants), ranking "Wang" above "Wangari" for "wang".
 * A word of several index words ("王偉", "li.wei@example") must match them in order: a phrase.
 * Words are ANDed. Undefined when nothing searchable is left.
 */
export function luceneQuery(text: string): string | undefined {
  const clauses = text
    .split(/\s+/u)
    .map(searchWords)
    .filter((words) => words.length > 0)
    .map((words) => {
      if (words.length > 1) return `"${words.map(escapeLucene).join(' ')}"`;
      const word = escapeLucene(words[0] ?? '');
      return `(${word} OR ${word}*)`;
    });
  return clauses.length > 0 ? clauses.join(' AND ') : undefined;
}
