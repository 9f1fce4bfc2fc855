/**
 * Text folding shared by both stores' search, so a query finds the same entities in a case
 * file and on a server.
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

/**
 * The words of a text as SQLite's unicode61 tokenizer sees them (runs of letters and digits,
 * folded), with CJK characters one word each. NFC after folding puts hangul syllables back
 * together, which NFD had split into jamo.
 */
export function searchWords(text: string): string[] {
  return spaceCjk(foldText(text).normalize('NFC'))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}
