import { create } from 'zustand';
import type { PatternResult, SavedPattern } from '../../../graph-schema/model/pattern';
import type { SchemaIndex } from '../../../graph-schema/model/schema';
import { api } from '../bridge';
import { toAppError, type AppError } from './app-error';
import { useAppStore } from './app-store';
import { fromPattern, startingDraft, toPattern, type Draft } from './pattern-draft';

/**
 * The Pattern dialog: the pattern being built, its last answer and the case's saved patterns.
 * A screen state, not part of the case: a pattern is kept only when the analyst saves it.
 */
interface PatternState {
  open: boolean;
  draft: Draft;
  /** The saved pattern the draft came from or was last saved as; '' for a new one. */
  name: string;
  saved: SavedPattern[];
  result: PatternResult | null;
  /** Rows the analyst picked in the table (their indexes); none picked means all. */
  picked: number[];
  running: boolean;
  error: AppError | null;
}

export const usePattern = create<PatternState>(() => ({
  open: false,
  draft: startingDraft(),
  name: '',
  saved: [],
  result: null,
  picked: [],
  running: false,
  error: null,
}));

const set = usePattern.setState;
const get = usePattern.getState;

export async function guarded(work: () => Promise<void>): Promise<boolean> {
  set({ running: true, error: null });
  try {
    await work();
    return true;
  } catch (error) {
    set({ error: toAppError(error) });
    return false;
  } finally {
    set({ running: false });
  }
}

export async function openPatternDialog(): Promise<void> {
  set({ open: true, error: null });
  await refreshSaved();
}

export function closePatternDialog(): void {
  set({ open: false });
}

export function setDraft(draft: Draft): void {
  set({ draft });
}

async function refreshSaved(): Promise<void> {
  try {
    set({ saved: await api.listPatterns({}) });
  } catch (error) {
    set({ error: toAppError(error) });
  }
}

export function runDraft(index: SchemaIndex): Promise<boolean> {
  return guarded(async () => {
    set({ result: await api.runPattern({ pattern: toPattern(get().draft, index) }), picked: [] });
  });
}

export function savePatternAs(name: string, index: SchemaIndex): Promise<boolean> {
  return guarded(async () => {
    const saved = await api.savePattern({ name, pattern: toPattern(get().draft, index) });
    set({ name: saved.name });
    await refreshSaved();
  });
}

/** Loads a saved pattern into the builder and runs it by its name. */
export function runSaved(name: string): Promise<boolean> {
  return guarded(async () => {
    const saved = get().saved.find((p) => p.name === name);
    if (saved) set({ draft: fromPattern(saved.pattern), name });
    set({ result: await api.runPattern({ name }), picked: [] });
  });
}

export function deleteSaved(name: string): Promise<boolean> {
  return guarded(async () => {
    await api.deletePattern({ name });
    if (get().name === name) set({ name: '' });
    await refreshSaved();
  });
}

/** A click picks a row (Ctrl/Cmd adds to the pick) and selects its entities where the chart has them. */
export function pickRow(row: number, add: boolean): void {
  const { picked, result } = get();
  const next = add ? (picked.includes(row) ? picked.filter((r) => r !== row) : [...picked, row]) : [row];
  set({ picked: next });
  if (!result) return;
  const app = useAppStore.getState();
  const ids = next.flatMap((r) => result.rows[r]?.entities ?? []).filter((id) => app.chart.entities[id]);
  app.setSelection({ entities: [...new Set(ids)], links: [] });
}
