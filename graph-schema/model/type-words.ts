import { fromI2Type } from './i2-types';
import type { Schema } from './schema';
import type { EntityTypeDefinition, LinkTypeDefinition } from './type-definition';

/**
 * Files name types the way people speak: "person", "People", "employed by", "Employed_By".
 * `typeWords` is how an import reads such a word (the server's rule, and what the wizard shows
 * it will do); `guessType` adds a looser match ("Ownership", "owner of" -> OWNS) that only
 * pre-fills the wizard's choices, for the analyst to confirm: the CLI never guesses.
 */

/** A word as types are matched: case, and spaces, underscores and hyphens, ignored. */
export const typeWordKey = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/gu, ' ');

type Named = { name: string; label: string; plural?: string };

function namesOf(type: Named): string[] {
  return [type.name, type.label, ...(type.plural === undefined ? [] : [type.plural])];
}

/** With `strict`, a key two types answer answers nothing; else the first type wins (as imports always read). */
function finder<T extends Named>(types: readonly T[], key: (word: string) => string, strict = false) {
  const byKey = new Map<string, T | null>();
  for (const type of types) {
    for (const name of namesOf(type)) {
      const k = key(name);
      if (k === '') continue;
      const seen = byKey.get(k);
      if (seen === undefined) byKey.set(k, type);
      else if (strict && seen !== null && seen !== type) byKey.set(k, null);
    }
  }
  return (word: string): T | undefined => byKey.get(key(word)) ?? undefined;
}

export interface TypeWords {
  /** By name, label or plural, then the synonyms other tools use ("Federal Agency"). */
  entity(word: string): EntityTypeDefinition | undefined;
  /** By name or label. */
  link(word: string): LinkTypeDefinition | undefined;
}

const cache = new WeakMap<Schema, TypeWords>();

/** How an import reads a type word: exact but for case and separators. */
export function typeWords(schema: Schema): TypeWords {
  const known = cache.get(schema);
  if (known) return known;
  const entityByName = finder(schema.entityTypes, typeWordKey);
  const synonym = (word: string) => {
    const name = fromI2Type(word)?.type;
    return name === undefined ? undefined : schema.entityTypes.find((t) => t.name === name);
  };
  const words: TypeWords = {
    entity: (word) => entityByName(word) ?? synonym(word),
    link: finder(schema.linkTypes, typeWordKey),
  };
  cache.set(schema, words);
  return words;
}

/** Words that say nothing of the type: "is owner of" means what "owner" means. */
const FILLERS = new Set(['of', 'the', 'a', 'an', 'is', 'was', 'are', 'were']);
/** Endings that make a noun or a tense of the same verb: ownership, owner, owns, employed. */
const ENDINGS = ['ship', 'ees', 'ee', 'ers', 'er', 'ing', 'ed', 's'];

function stemOf(token: string): string {
  let out = token;
  // Two rounds: "ownership" -> "owner" -> "own".
  for (let round = 0; round < 2; round++) {
    const ending = ENDINGS.find((e) => out.endsWith(e) && out.length - e.length >= 3);
    if (!ending) break;
    out = out.slice(0, -ending.length);
  }
  // "travelled" and "traveled" alike.
  return out.length > 3 && out.at(-1) === out.at(-2) ? out.slice(0, -1) : out;
}

/** A word reduced to its stems; "by", "to", "in" stay, so "owned by" never reads as "owns". */
export function stemKey(text: string): string {
  return typeWordKey(text)
    .split(' ')
    .filter((t) => t !== '' && !FILLERS.has(t))
    .map(stemOf)
    .join(' ');
}

/**
 * The type a word most likely means, among `types`: as an import reads it, else by stems
 * ("Ownership" -> owns). Undefined when nothing, or more than one type, fits.
 */
export function guessType<T extends Named>(
  word: string,
  types: readonly T[],
  exact: (word: string) => T | undefined,
): T | undefined {
  const found = exact(word);
  if (found && types.includes(found)) return found;
  // A loose guess two types fit is no guess: the analyst picks.
  return finder(types, stemKey, true)(word);
}
