import type { ItemDraft } from '../features/forms/item-draft';
import type { SliceCreator } from './app-state';

/**
 * An inspector edit not yet saved, kept per item while the analyst looks elsewhere on the
 * chart: selecting another item never throws typing away, and coming back shows it again.
 */
export interface HeldDraft {
  kind: 'entity' | 'link';
  /** The item's label when editing began: names it in the unsaved-work dialog. */
  label: string;
  /** The form as the record stood when editing began: tells which fields the analyst changed. */
  base: ItemDraft;
  draft: ItemDraft;
  /** The record's updatedAt that `base` came from; a newer record rebases the draft on it. */
  baseVersion: string;
}

export interface DraftsSlice {
  /** Only drafts that differ from their record; by item id. */
  itemDrafts: Record<string, HeldDraft>;
  holdDraft(id: string, held: HeldDraft): void;
  /**
   * Drops the item's draft; given `saved`, only while the held draft is still that one: typing
   * that went on while it was being saved made a newer draft, which dropping would lose.
   */
  dropDraft(id: string, saved?: HeldDraft): void;
  dropAllDrafts(): void;
}

export const initialDrafts: Pick<DraftsSlice, 'itemDrafts'> = { itemDrafts: {} };

export const createDraftsSlice: SliceCreator<DraftsSlice> = (set, get) => ({
  ...initialDrafts,
  holdDraft: (id, held) => set((state) => ({ itemDrafts: { ...state.itemDrafts, [id]: held } })),
  dropDraft: (id, saved) => {
    const held = get().itemDrafts[id];
    if (!held || (saved !== undefined && held !== saved)) return;
    set((state) => {
      const { [id]: _gone, ...rest } = state.itemDrafts;
      return { itemDrafts: rest };
    });
  },
  dropAllDrafts: () => set({ itemDrafts: {} }),
});

/** The held drafts whose item is still on the chart, where the analyst can reach them. */
export function reachableDrafts(state: {
  itemDrafts: Record<string, HeldDraft>;
  chart: { entities: Record<string, unknown>; links: Record<string, unknown> };
}): [string, HeldDraft][] {
  return Object.entries(state.itemDrafts).filter(([id, held]) =>
    held.kind === 'entity' ? state.chart.entities[id] : state.chart.links[id],
  );
}
