import type { ChartBodyInput, ChartSummary, SavedChart } from '../../../graph-schema/chart/saved-chart';

/**
 * Saved charts of a case, kept in the same store as its data so they travel with it. Every
 * store implements this beside GraphStore (GraphStore.charts) and passes tests/contract.
 * Saves are optimistic: a caller names the version it loaded, and a save over someone
 * else's newer save is a CONFLICT rather than a silent overwrite.
 */
export interface ChartStore {
  /** Every chart, by name; no bodies. */
  list(): Promise<ChartSummary[]>;
  /** NOT_FOUND when there is no such chart. */
  get(id: string): Promise<SavedChart>;
  /** Validates the body (VALIDATION naming the field); a new id, version 1. */
  create(body: ChartBodyInput): Promise<SavedChart>;
  /** Replaces the body: CONFLICT when the stored version is not `expectedVersion`; version + 1. */
  save(id: string, body: ChartBodyInput, expectedVersion: number): Promise<SavedChart>;
  /** A copy under a new id and name, version 1. */
  duplicate(id: string, name: string): Promise<SavedChart>;
  /** version + 1, so an editor holding the old version learns of it on its next save. */
  rename(id: string, name: string): Promise<SavedChart>;
  /** NOT_FOUND when there is no such chart. */
  delete(id: string): Promise<void>;
}
