import { searchWords } from './fold';
import { kanaOf, looseRomaji, romaji, romajiFold } from './readings';

/**
 * What each word of a query is matched as, the same on both stores. `written`: the word's
 * index words, a phrase with the last word a prefix, as the name was written (label, aliases,
 * searchable properties). `others`: the other spellings it may stand for, matched in the
 * written words and the readings alike; a hit through one of them ranks below written hits.
 */
export interface QueryForm {
  /** Index words in order; more than one is a phrase. */
  words: string[];
  /** The last word matches as a prefix; otherwise only as a whole word. */
  prefix: boolean;
}

export interface QueryTerm {
  written: string[];
  others: QueryForm[];
}

const KANA_WORD = /^[\p{Script=Hiragana}\u30fc]+$/u;
const LATIN_WORD = /^[a-z]+$/u;
const TONE_NUMBERED = /^(?:[a-z]+[1-5])+$/u;

/**
 * Spellings of one typed word besides itself. Kana is also its romaji (as a prefix) and that
 * romaji's long-vowel fold (whole word). A Latin word is also its long-vowel fold ("satoh" ->
 * "sato") and, when it reads as Japanese romaji, its kana ("sato" -> さと, a prefix); Latin
 * words typed as one ("min-jun") are also those words joined; pinyin with tone numbers
 * ("wang2") is also the syllables without them.
 */
function otherForms(written: readonly string[]): QueryForm[] {
  const forms: QueryForm[] = [];
  const joined = written.join('');
  if (KANA_WORD.test(joined)) {
    const latin = romaji(joined);
    if (latin !== '') {
      forms.push({ words: [latin], prefix: true });
      forms.push({ words: [looseRomaji(latin)], prefix: false });
    }
  } else if (written.length > 1 && written.every((word) => LATIN_WORD.test(word))) {
    // A hyphenated given name as one word: "min-jun" is also "minjun", "xiao-ming" "xiaoming".
    forms.push({ words: [joined], prefix: true });
  } else if (written.length === 1 && TONE_NUMBERED.test(joined)) {
    // Pinyin with tone numbers, as some reports write it: "wang2", "wang2wei3".
    forms.push({ words: [joined.replace(/\d/gu, '')], prefix: true });
  } else if (written.length === 1) {
    const loose = romajiFold(joined);
    if (loose !== undefined) forms.push({ words: [loose], prefix: false });
    const kana = kanaOf(joined);
    if (kana !== undefined) forms.push({ words: searchWords(kana), prefix: true });
  }
  // A form already asked for as a prefix (the written word first) adds nothing.
  const prefixes = new Set([written.join(' ')]);
  for (const form of forms) if (form.prefix) prefixes.add(form.words.join(' '));
  const seen = new Set<string>();
  return forms.filter((form) => {
    const words = form.words.join(' ');
    const key = `${words}|${form.prefix}`;
    if (words === '' || seen.has(key) || (!form.prefix && prefixes.has(words))) return false;
    if (form.prefix && words === written.join(' ')) return false;
    seen.add(key);
    return true;
  });
}

/** The terms of user text, one per whitespace-separated word that holds a letter or digit. */
export function queryTerms(text: string): QueryTerm[] {
  return text
    .split(/\s+/u)
    .map(searchWords)
    .filter((written) => written.length > 0)
    .map((written) => ({ written, others: otherForms(written) }));
}
