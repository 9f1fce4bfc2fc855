import type { ChartSummary } from '../../../graph-schema/chart';

/**
 * Which saved chart was last open in each case, so reopening a case shows it as it was left.
 *
 * Kept in this renderer's local storage, keyed by the case's location (file path, or server
 * and database), rather than in the case's store: it is the analyst's own view state, like a
 * window position. Writing it into the case would change the evidence file (and its audit
 * trail) merely by looking at a chart, and a colleague opening the same case keeps their own.
 */
const KEY = 'plexus.lastChart';
/** Enough for every case an analyst keeps near; the oldest are forgotten first. */
const MAX_CASES = 100;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage can be denied (privacy settings); remembering is then simply off.
    return null;
  }
}

function readAll(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(KEY) ?? '{}');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  } catch {
    return {};
  }
}

export function rememberChart(caseLocation: string, chartId: string): void {
  const all = readAll();
  delete all[caseLocation];
  all[caseLocation] = chartId; // Last in insertion order: the most recent.
  const kept = Object.entries(all).slice(-MAX_CASES);
  try {
    storage()?.setItem(KEY, JSON.stringify(Object.fromEntries(kept)));
  } catch {
    // Quota or denied: the case still opens, just on its newest chart.
  }
}

/**
 * The chart to show when a case opens: the one last open here if it still exists, else the
 * case's most recently saved chart (a case from a colleague, the demo's starting chart), else
 * none (an empty chart).
 */
export function startingChart(caseLocation: string, charts: readonly ChartSummary[]): string | null {
  const remembered = readAll()[caseLocation];
  if (remembered && charts.some((c) => c.id === remembered)) return remembered;
  const newest = [...charts].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  return newest?.id ?? null;
}
