/**
 * Asks `read` every `intervalMs` until stopped, one request at a time: a slow answer delays
 * the next ask instead of piling requests up. Failures are skipped; the next tick asks again.
 */
export function pollEvery<T>(
  read: () => Promise<T>,
  onValue: (value: T) => void,
  intervalMs: number,
): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = async () => {
    try {
      const value = await read();
      if (!stopped) onValue(value);
    } catch {
      // A missed reading only leaves the bar where it was.
    }
    if (!stopped) timer = setTimeout(() => void tick(), intervalMs);
  };
  timer = setTimeout(() => void tick(), intervalMs);
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
  };
}
