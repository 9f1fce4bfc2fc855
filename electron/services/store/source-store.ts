import type { Citation, Evidence, GradeMode, ItemKind, Source } from '../../../graph-schema/model/sources';

/** An item a citation may back. */
export interface ItemRef {
  itemKind: ItemKind;
  itemId: string;
}

/**
 * Sources and citations of a case, kept in the same file or database as the data, outside the
 * record bodies. Each write is one transaction with the item grade it derives (the item is
 * updated through the store's own write, so its updatedAt and history move with it). Inputs are
 * `unknown`: the store validates them (graph-schema/model/sources).
 */
export interface SourceStore {
  list(): Promise<Source[]>;
  create(input: unknown): Promise<Source>;
  update(id: string, patch: unknown): Promise<Source>;
  /** Refused with CONFLICT while any citation names the source: evidence never dangles. */
  delete(id: string): Promise<void>;
  /** The stored bytes of a source's file; undefined when only its fingerprint is kept. */
  file(id: string): Promise<Uint8Array | undefined>;

  /** The citations of the given items, oldest first. */
  citationsOf(items: readonly ItemRef[]): Promise<Citation[]>;
  /** The citations that name one source (what deleting it would break). */
  citationsOfSource(sourceId: string): Promise<Citation[]>;
  /** Adds a citation; the item's grade follows unless the analyst set it. NOT_FOUND for an unknown item or source. */
  cite(input: unknown): Promise<Citation>;
  updateCitation(id: string, patch: unknown): Promise<Citation>;
  removeCitation(id: string): Promise<void>;

  /** 'set' for items whose grade the analyst fixed, 'derived' for every other. */
  gradeModes(items: readonly ItemRef[]): Promise<GradeMode[]>;
  /** Switching back to 'derived' grades the item from its citations at once. */
  setGradeMode(item: ItemRef, mode: GradeMode): Promise<void>;

  /** Everything, for an export. Files' bytes are not included. */
  evidence(): Promise<Evidence>;
  /**
   * Puts back sources and citations exactly as given (an import of a native JSON file): ids and
   * audit fields kept, items' grades untouched (they were exported as derived). A source or
   * citation whose id exists already is skipped if identical, else CONFLICT; the counts are of
   * what was written. All or nothing.
   */
  restoreEvidence(evidence: unknown): Promise<{ sources: number; citations: number }>;
}
