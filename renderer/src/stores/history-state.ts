import { create } from 'zustand';
import type { HistoryCheck, HistoryEntry, HistoryOp } from '../../../graph-schema/contract/history';
import { downloadRequest } from '../../../graph-schema/contract/files';
import { api, transportKind } from '../bridge';
import { downloadLink, startDownloads } from '../bridge/downloads';
import { toAppError, type AppError } from './app-error';
import { useAppStore } from './app-store';

/** What the case History dialog filters by: all optional, as the analyst types them. */
export interface HistoryFilterDraft {
  item: string;
  who: string;
  /** yyyy-mm-dd, inclusive. */
  since: string;
  until: string;
  op: HistoryOp | '';
}

const EMPTY: HistoryFilterDraft = { item: '', who: '', since: '', until: '', op: '' };
const PAGE = 200;

interface HistoryState {
  open: boolean;
  filter: HistoryFilterDraft;
  entries: HistoryEntry[];
  more: boolean;
  loading: boolean;
  error: AppError | null;
  /** The last full check run from here; null until asked. */
  check: HistoryCheck | null;
  verifying: boolean;
  /** Where the last export went (a path on the desktop; a download in the browser). */
  exported: string | null;
  /** The full check run by itself after a case opened (cases small enough), by case location. */
  background: { location: string; check: HistoryCheck } | null;
}

export const useHistory = create<HistoryState>(() => ({
  open: false,
  filter: EMPTY,
  entries: [],
  more: false,
  loading: false,
  error: null,
  check: null,
  verifying: false,
  exported: null,
  background: null,
}));

const set = useHistory.setState;
const get = useHistory.getState;

/** The dialog's draft as the contract's filter: a day's end included in `until`. */
function requestFilter(f: HistoryFilterDraft) {
  return {
    ...(f.item.trim() ? { item: f.item.trim() } : {}),
    ...(f.who.trim() ? { who: f.who.trim() } : {}),
    ...(f.since ? { since: f.since } : {}),
    ...(f.until ? { until: `${f.until}T23:59:59.999Z` } : {}),
    ...(f.op ? { op: f.op } : {}),
  };
}

export async function loadHistory(append = false): Promise<void> {
  const { filter, entries } = get();
  const before = append ? entries[entries.length - 1]?.seq : undefined;
  set({ loading: true, error: null });
  try {
    const page = await api.listHistory({
      ...requestFilter(filter),
      limit: PAGE,
      ...(before ? { before } : {}),
    });
    set({ entries: append ? [...entries, ...page.entries] : page.entries, more: page.more, loading: false });
  } catch (e) {
    set({ loading: false, error: toAppError(e) });
  }
}

export function openHistoryDialog(item = ''): void {
  set({ open: true, filter: { ...EMPTY, item }, entries: [], check: null, exported: null, error: null });
  void loadHistory();
}

export function closeHistoryDialog(): void {
  set({ open: false });
}

export function setHistoryFilter(patch: Partial<HistoryFilterDraft>): void {
  set({ filter: { ...get().filter, ...patch } });
  void loadHistory();
}

/** Every entry and every stored item against the chain; the open check on the status is refreshed too. */
export async function verifyHistoryNow(): Promise<void> {
  if (!get().open) openHistoryDialog();
  set({ verifying: true, error: null });
  try {
    const check = await api.verifyHistory({});
    set({ check, verifying: false });
  } catch (e) {
    set({ verifying: false, error: toAppError(e) });
  }
}

/**
 * A server's history taken as it is now, after the analyst said its database was rebuilt or
 * restored on purpose (acceptServerHistory): the check that follows replaces the warning.
 */
export async function acceptServerHistoryNow(): Promise<void> {
  set({ verifying: true, error: null });
  try {
    const { forgot: _forgot, ...check } = await api.acceptServerHistory({});
    const location = useAppStore.getState().caseInfo?.store.location;
    set({ check, verifying: false, ...(location ? { background: { location, check } } : {}) });
  } catch (e) {
    set({ verifying: false, error: toAppError(e) });
  }
}

/**
 * The filtered history as a file. The browser downloads it; the desktop writes it beside the
 * cases (a bare name lands in the cases folder) and says where.
 */
export async function exportHistoryAs(format: 'csv' | 'json'): Promise<void> {
  const name = `${useAppStore.getState().caseInfo?.name ?? 'case'}-history.${format}`;
  const { item, who, since, until, op } = requestFilter(get().filter) as Record<string, string | undefined>;
  const filter = {
    ...(item ? { item } : {}),
    ...(who ? { who } : {}),
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
    ...(op ? { op: op as HistoryOp } : {}),
  };
  set({ error: null, exported: null });
  try {
    const desktop = transportKind() === 'desktop';
    const result = await api.exportHistory({ path: desktop ? name : downloadRequest(name), format, filter });
    const link = downloadLink(result.path);
    if (link) await startDownloads([link]);
    set({ exported: link ? link.name : result.path });
  } catch (e) {
    set({ error: toAppError(e) });
  }
}

/** One item's newest entries, for the inspector. */
export async function listItemHistory(item: string, limit: number): Promise<HistoryEntry[]> {
  return (await api.listHistory({ item, limit })).entries;
}

/**
 * Up to this many items, a case's full check runs by itself once it is open: an edited
 * record, which the cheap open check cannot see, is then warned of too. The check holds the
 * backend while it runs (8.8 s for 400,000 items on a loaded 2-core machine, BENCHMARKS.md),
 * so larger cases get the open check, and the full one on demand.
 */
const FULL_CHECK_UP_TO = 50_000;

export async function checkAfterOpen(location: string, items: number): Promise<void> {
  if (items > FULL_CHECK_UP_TO || get().background?.location === location) return;
  try {
    const check = await api.verifyHistory({});
    if (useAppStore.getState().caseInfo?.store.location === location)
      set({ background: { location, check } });
  } catch {
    // The open check stands; the full one can still be asked for.
  }
}

/** The case closed: its next open is checked afresh. */
export function forgetOpenCheck(): void {
  set({ background: null });
}
