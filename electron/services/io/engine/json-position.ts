/** Where JSON.parse gave up, as a line and column an analyst can find in an editor. */

/** 1-based line and column of a character offset, for messages people can act on. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Where JSON.parse stopped, when its message says so; Infinity means "ran out of text". */
function reportedOffset(reason: string): number | undefined {
  const at = /at position (\d+)/.exec(reason)?.[1];
  return at === undefined ? (/Unexpected end/.test(reason) ? Infinity : undefined) : Number(at);
}

/**
 * The offset of the first bad character. V8 leaves it out of some messages ("Unexpected
 * token"), so find the shortest prefix that fails for a reason other than ending early.
 */
export function errorOffset(text: string, reason: string): number {
  const direct = reportedOffset(reason);
  if (direct !== undefined) return Math.min(direct, text.length);
  const failsEarly = (n: number) => {
    try {
      JSON.parse(text.slice(0, n));
      return false;
    } catch (error) {
      const at = reportedOffset((error as Error).message);
      return at === undefined || at < n;
    }
  };
  let [low, high] = [0, text.length];
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (failsEarly(mid)) high = mid;
    else low = mid + 1;
  }
  return Math.max(0, low - 1);
}
