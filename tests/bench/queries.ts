const CJK_CHAR = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** What an analyst types: the start of a word of a real label, sometimes two words, sometimes CJK characters. */
export function searchQueries(labels: readonly string[], count: number, rand: () => number): string[] {
  const out: string[] = [];
  while (out.length < count) {
    const label = labels[Math.floor(rand() * labels.length)];
    if (!label) continue;
    if (CJK_CHAR.test(label)) {
      const chars = [...label];
      const start = Math.floor(rand() * chars.length);
      out.push(chars.slice(start, start + 1 + Math.floor(rand() * 2)).join(''));
      continue;
    }
    const words = label.split(' ').filter((w) => w.length > 0);
    const word = words[Math.floor(rand() * words.length)] ?? label;
    const prefix = word.slice(0, Math.min(word.length, 3 + Math.floor(rand() * 5)));
    out.push(rand() < 0.2 && words.length > 1 ? `${words[0]} ${prefix}` : prefix);
  }
  return out;
}
