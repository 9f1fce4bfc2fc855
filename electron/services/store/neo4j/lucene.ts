import { queryTerms, type QueryForm, type QueryTerm } from '../../../../graph-schema/names/query';
import { READING_MARK } from './records';

/** Characters with a meaning in Lucene's classic query syntax; `&&` and `||` are covered by & and |. */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * A full-text query and its phrase filters: for each query word whose forms include several
 * index words, the strings of which searchText (between spaces) must contain one.
 */
export interface LuceneSearch {
  query: string;
  phrases: string[][];
}

/**
 * A form as Lucene says it. One index word matches whole or as a prefix, and, as the
 * readings are marked words, also as a reading. Several index words ("王偉", "li.wei@exam")
 * are FTS5's phrase with a prefix last word, which Lucene's query syntax cannot say: its
 * words are all required, the last as a prefix, the exact phrase ranks higher, and the
 * phrase filter keeps them in order.
 */
function formClauses(form: QueryForm, readings: boolean): string[] {
  const words = form.words.map(escapeLucene);
  const last = words.length - 1;
  if (last > 0) {
    const all = words.map((word, i) => (i === last ? `${word}*` : word)).join(' AND ');
    return [`"${words.join(' ')}"`, `(${all})`];
  }
  const spellings = readings ? [words[0], READING_MARK + words[0]] : [words[0]];
  return spellings.map((word) => (form.prefix ? `${word}*` : `${word}`));
}

/** The strings that show a form in ' ' + searchText + ' ': a word's start, or the whole word. */
function formPhrases(form: QueryForm): string[] {
  const phrase = ` ${form.words.join(' ')}`;
  const end = form.prefix ? '' : ' ';
  if (form.words.length > 1) return [phrase + end];
  return [phrase + end, ` ${READING_MARK}${form.words.join('')}${end}`];
}

function asTyped(term: QueryTerm): QueryForm {
  return { words: term.written, prefix: true };
}

/**
 * Lucene queries for user text that cannot be a syntax error and match what the case file's
 * FTS5 queries match (sqlite/fts-text.ts). `written`: each word as typed, as a prefix, in the
 * written words; a word of one index word is also asked for whole, so a whole-word hit scores
 * higher (Lucene scores prefix queries as constants), ranking "Wang" above "Wangari" for
 * "wang". `any`: each word also in the readings and by its other spellings
 * (graph-schema/names/query.ts). Words are ANDed. Undefined when nothing searchable is left.
 */
export function luceneSearch(text: string): { written: LuceneSearch; any: LuceneSearch } | undefined {
  const terms = queryTerms(text);
  if (terms.length === 0) return undefined;
  const whole = (term: QueryTerm) => (term.written.length === 1 ? [escapeLucene(term.written[0] ?? '')] : []);
  const written = terms.map(
    (term) => `(${[...whole(term), ...formClauses(asTyped(term), false)].join(' OR ')})`,
  );
  const any = terms.map((term) => {
    const forms = [asTyped(term), ...term.others];
    return `(${[...whole(term), ...forms.flatMap((form) => formClauses(form, true))].join(' OR ')})`;
  });
  const several = (form: QueryForm) => form.words.length > 1;
  return {
    written: {
      query: written.join(' AND '),
      phrases: terms.filter((term) => term.written.length > 1).map((term) => formPhrases(asTyped(term))),
    },
    any: {
      query: any.join(' AND '),
      phrases: terms
        .map((term) => [asTyped(term), ...term.others])
        .filter((forms) => forms.some(several))
        .map((forms) => forms.flatMap(formPhrases)),
    },
  };
}
