import type { Entity } from '../../../../graph-schema/model/records';
import type { SchemaIndex } from '../../../../graph-schema/model/schema';
import { foldText, spaceCjk } from '../search-text';

export { foldText, spaceCjk };

const WORD_CHAR = /[\p{L}\p{N}]/u;

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
