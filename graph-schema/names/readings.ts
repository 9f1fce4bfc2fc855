import { romanize } from 'es-hangul';
import { pinyin } from 'pinyin-pro';
import { isKana, toKana, toRomaji } from 'wanakana';
import { nameFold, searchWords } from './fold';

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
 * The reading words of a name: for kana runs their romaji and its long-vowel fold; for Han
 * runs each syllable's pinyin and the run's syllables joined ("wang", "wei", "wangwei"); for
 * hangul each syllable's romanization, the run's and the run's after its first syllable
 * ("gim", "min", "jun", "gimminjun", "minjun"); for
 * Latin words their long-vowel fold when it differs. Words the name already holds are left out.
 */
export function nameReadings(name: string): string[] {
  const folded = nameFold(name);
  const written = new Set(searchWords(folded));
  const out = new Set<string>();
  for (const word of written) {
    const loose = romajiFold(word);
    if (loose !== undefined) out.add(loose);
  }
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
    // A one-syllable surname and the given name: 김민준 is also "minjun".
    if (syllables.length > 2) out.add(romanize(run.slice(1)));
  }
  return [...out].filter((word) => word !== '' && !written.has(word));
}

/** The readings of several names of one entity (label and aliases), less the words any of them is written with. */
export function readingsOf(names: readonly string[]): string[] {
  const written = new Set(names.flatMap(searchWords));
  return [...new Set(names.flatMap(nameReadings))].filter((word) => !written.has(word));
}
