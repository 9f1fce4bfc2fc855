/**
 * How names and search text are folded, so a query finds the same entities in a case file and
 * on a server however the name was typed: case, accents, full- and half-width forms and
 * katakana/hiragana all fold away. Both stores and their queries use these and nothing else.
 */

/**
 * Han, kana and hangul are written without spaces, so a word tokenizer would make "王偉" one
 * token and "偉" would never match. Spacing every such character makes each one a token; a
 * query is spaced the same way and matched as a phrase, so "王偉" becomes "王 偉".
 */
const CJK = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3005\u30fc])/gu;

export function spaceCjk(text: string): string {
  return text.replace(CJK, ' $1 ').replace(/\s+/gu, ' ').trim();
}

/** Case- and accent-folded text, for comparing a query with a label. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

const KATAKANA = /[\u30a1-\u30f6]/gu;

/**
 * Katakana as hiragana, one for one (サトウ -> さとう); the long-vowel mark stays, the readings
 * deal with long vowels. A code-point shift: wanakana's toHiragana also rewrites romaji and
 * is ten times slower on a bulk import.
 */
export function hiragana(text: string): string {
  return text.replace(KATAKANA, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/**
 * The form names are compared in: NFKC (full-width Ｓａｔｏ and half-width ｻﾄｳ become Sato and
 * サトウ), katakana as hiragana, lower case, Latin accents stripped. Kana voicing marks
 * (が, ぱ) are kept: さとう and さどう are different names.
 */
export function nameFold(text: string): string {
  return hiragana(text.normalize('NFKC'))
    .normalize('NFD')
    .replace(/(?![\u3099\u309a])\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The words of a text as both stores index them: runs of letters and digits, folded by
 * nameFold, with CJK characters one word each.
 */
export function searchWords(text: string): string[] {
  return foldedWords(nameFold(text));
}

/** searchWords of text that nameFold has folded already. */
export function foldedWords(folded: string): string[] {
  return spaceCjk(folded)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}
