import type { Entity } from '../../../../graph-schema/model/records';
import type { SchemaIndex } from '../../../../graph-schema/model/schema';

/**
 * Han, kana and hangul are written without spaces, so unicode61 would make "王偉" one token
 * and "偉" would never match. Spacing every such character makes each one a token; a query
 * is spaced the same way and quoted, so "王偉" becomes the adjacent phrase "王 偉".
 */
const CJK = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3005\u30fc])/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function spaceCjk(text: string): string {
  return text.replace(CJK, ' $1 ').replace(/\s+/gu, ' ').trim();
}

/** Case- and accent-folded text, for comparing a query with a label. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** The three indexed columns of entity_search, in order. */
export function searchColumns(entity: Entity, index: SchemaIndex): [string, string, string] {
  const props = index
    .searchableProps(entity.type)
    .map((name) => entity.props[name])
    .filter((v) => v !== undefined && v !== '')
    .map(String);
  return [spaceCjk(entity.label), spaceCjk(entity.aliases.join(' \n ')), spaceCjk(props.join(' \n '))];
}

/**
 * Turns user text into an FTS5 expression that cannot be a syntax error: every word becomes a
 * quoted phrase (quotes doubled) matched as a prefix, words are ANDed. The whole word is asked
 * for beside the prefix so that bm25 ranks "Li Na" above "Lindqvist" for "li". Words with no
 * letter or digit are dropped, since they hold no token. Undefined when nothing is left.
 */
export function ftsQuery(text: string): string | undefined {
  const phrases = text
    .split(/\s+/u)
    .filter((word) => WORD_CHAR.test(word))
    .map((word) => `"${spaceCjk(word).replace(/"/g, '""')}"`)
    .map((phrase) => `(${phrase} OR ${phrase}*)`);
  return phrases.length > 0 ? phrases.join(' AND ') : undefined;
}
