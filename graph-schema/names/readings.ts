import { romanize } from 'es-hangul';
import { pinyin } from 'pinyin-pro';
import { isKana, toKana, toRomaji } from 'wanakana';
import { foldedWords, nameFold } from './fold';
import { KOREAN_SURNAME_SPELLINGS } from './korean-surnames';

/**
 * Readings: the Latin spellings a name is also found by. Computed once when a name is written
 * (both stores keep them beside the written words) and, for a query, from each word typed.
 * Kana is read as romaji (wanakana), Han as toneless pinyin (pinyin-pro), hangul by the
 * Revised Romanization (es-hangul). Japanese kanji have no reading without a dictionary:
 * 佐藤 is found by its kana alias さとう, and its pinyin ("zuo teng") is only extra recall.
 */

const KANA_RUN = /[\p{Script=Hiragana}\u30fc]+/gu;
const HAN_RUN = /[\p{Script=Han}\u3005]+/gu;
const HANGUL_RUN = /\p{Script=Hangul}+/gu;
const LATIN_WORD = /^[a-z]+$/u;
const ASCII = /^[\p{ASCII}]*$/u;
/** What looseRomaji changes: a long vowel spelled out, or m before b or p. */
const FOLDABLE = /oh|([aeiou])\1|ou|m[bp]/u;
/** Kana that stand alone only when the romaji was not Japanese: "li" -> ぃ, "wei" -> うぇい. */
const NOT_JAPANESE_KANA = /[ぁぃぅぇぉゎ]/u;

/**
 * Long vowels and their spellings folded to one: Satō, Sato, Satou, Satoh and Satoo all
 * become "sato", Ryūji and Ryuuji "ryuji", Shimbashi and Shinbashi "shinbashi". Applied to
 * both sides and matched only as a whole word, so "zhou" (-> "zho") never finds "zhong".
 */
export function looseRomaji(word: string): string {
  return word
    .replace(/ou|oh(?![aeiouy])/gu, 'o')
    .replace(/([aeiou])\1+/gu, '$1')
    .replace(/m(?=[bp])/gu, 'n');
}

/** The hiragana a Latin word reads as when it is Japanese romaji ("sato" -> さと), else undefined. */
export function kanaOf(word: string): string | undefined {
  if (!LATIN_WORD.test(word)) return undefined;
  const kana = toKana(word);
  return isKana(kana) && !NOT_JAPANESE_KANA.test(kana) ? nameFold(kana) : undefined;
}

/**
 * The long-vowel fold of a Latin word when it changes the word and reads as Japanese
 * ("satoh" -> "sato", "shimbashi" -> "shinbashi"); undefined for "example" or "john", so
 * Latin names do not grow readings they will never be searched by.
 */
export function romajiFold(word: string): string | undefined {
  // One test first: most words have nothing to fold, and three replaces cost more.
  if (!FOLDABLE.test(word)) return undefined;
  const loose = looseRomaji(word);
  return loose !== word && kanaOf(loose) !== undefined ? loose : undefined;
}

/** Romaji of a hiragana word, letters only: じゅんいち -> "junichi", さとー -> "sato". */
export function romaji(kana: string): string {
  return toRomaji(kana).replace(/[^a-z]/gu, '');
}

function addRomaji(out: Set<string>, word: string): void {
  if (word === '') return;
  out.add(word);
  out.add(looseRomaji(word));
}

/**
 * Adds the reading words of one folded name: for Latin words their long-vowel fold when it
 * differs; for kana runs their romaji and its fold; for Han runs each syllable's pinyin and the
 * run's syllables joined ("wang", "wei", "wangwei"); for hangul each syllable's romanization,
 * the run's and the run's after its first syllable ("gim", "min", "jun", "gimminjun", "minjun"),
 * and for a whole name (two to four syllables) the passport spellings of its surname ("kim").
 */
function addReadings(out: Set<string>, folded: string, words: readonly string[]): void {
  for (const word of words) {
    const loose = romajiFold(word);
    if (loose !== undefined) out.add(loose);
  }
  // Most names of a case are Latin: no script to read.
  if (ASCII.test(folded)) return;
  for (const [run] of folded.matchAll(KANA_RUN)) addRomaji(out, romaji(run));
  for (const [run] of folded.matchAll(HAN_RUN)) {
    const syllables = pinyin(run, { toneType: 'none', type: 'array', mode: 'surname', surname: 'head' })
      .map(nameFold)
      .filter((s) => LATIN_WORD.test(s));
    for (const s of syllables) out.add(s);
    if (syllables.length > 1) out.add(syllables.join(''));
  }
  for (const [run] of folded.matchAll(HANGUL_RUN)) {
    const syllables = [...run].map(romanize);
    for (const s of syllables) out.add(s);
    if (syllables.length > 1) out.add(romanize(run));
    // A one-syllable surname and the given name: 김민준 is also "minjun", and "kim".
    if (syllables.length > 2) out.add(romanize(run.slice(1)));
    if (syllables.length >= 2 && syllables.length <= 4) {
      for (const spelling of KOREAN_SURNAME_SPELLINGS.get(run.charAt(0)) ?? []) out.add(spelling);
    }
  }
}

/**
 * What both stores index for the names of one entity (label, aliases): the index words of
 * each name, and the readings of them all less the words any name is written with. Each name
 * is folded once: this runs for every entity an import writes.
 */
export function indexNames(names: readonly string[]): { words: string[][]; readings: string[] } {
  const folded = names.map(nameFold);
  const words = folded.map(foldedWords);
  const out = new Set<string>();
  folded.forEach((name, i) => addReadings(out, name, words[i] ?? []));
  const written = new Set(words.flat());
  return { words, readings: [...out].filter((word) => word !== '' && !written.has(word)) };
}

/** The reading words of one name (indexNames). */
export function nameReadings(name: string): string[] {
  return indexNames([name]).readings;
}
