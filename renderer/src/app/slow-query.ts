import type { PendingTracker } from '../bridge';

/** Past this, a request is worth offering to cancel; below it a button would only flicker. */
export const SLOW_QUERY_MS = 400;

/**
 * Tells `onChange` whether some request has been running longer than `thresholdMs`, once
 * per change, re-checking when the oldest one crosses the line. Returns the stop function.
 */
export function watchSlowQueries(
  tracker: PendingTracker,
  onChange: (slow: boolean) => void,
  thresholdMs = SLOW_QUERY_MS,
  now: () => number = () => Date.now(),
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = false;
  const report = (slow: boolean) => {
    if (slow !== last) {
      last = slow;
      onChange(slow);
    }
  };
  const check = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const pending = tracker.list();
    if (pending.length === 0) return report(false);
    const oldest = Math.min(...pending.map((p) => p.startedAt));
    const elapsed = now() - oldest;
    if (elapsed >= thresholdMs) return report(true);
    report(false);
    timer = setTimeout(check, thresholdMs - elapsed);
  };
  const unsubscribe = tracker.subscribe(check);
  check();
  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
  };
}
