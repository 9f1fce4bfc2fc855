import type { Request } from '../../../graph-schema/contract/methods';
import type { Citation, GradeMode, ItemKind, Source } from '../../../graph-schema/model/sources';
import { api } from '../bridge';
import { useAppStore } from './app-store';

/**
 * Sources and citations for the features: reads answer plain data, writes read the item back
 * onto the chart afterwards (its derived grade may have moved), so the chart and the inspector
 * show what the store now holds.
 */

export interface ItemEvidence {
  citations: Citation[];
  mode: GradeMode;
  sources: Source[];
}

export async function loadEvidence(itemKind: ItemKind, itemId: string): Promise<ItemEvidence> {
  const [found, sources] = await Promise.all([
    api.listCitations({ items: [{ itemKind, itemId }] }),
    api.listSources({}),
  ]);
  return { citations: found.citations, mode: found.gradeModes[0] ?? 'derived', sources };
}

export const listSources = (): Promise<Source[]> => api.listSources({});
export const createSource = (request: Request<'createSource'>): Promise<Source> => api.createSource(request);
export const updateSource = (request: Request<'updateSource'>): Promise<Source> => api.updateSource(request);
/** The Document entity a source stands for, or undefined once the case no longer holds it. */
export const documentOfSource = async (documentId: string) =>
  (await api.getEntities({ ids: [documentId] }))[0];
export const deleteSource = async (id: string): Promise<void> => {
  await api.deleteSource({ id });
};

/** One evidence write for an item, then the item as the store now holds it onto the chart. */
export async function changeEvidence(
  itemKind: ItemKind,
  itemId: string,
  change:
    | { cite: Request<'citeSource'>['citation'] }
    | { update: Request<'updateCitation'> }
    | { remove: string }
    | { mode: GradeMode },
): Promise<void> {
  if ('cite' in change) await api.citeSource({ citation: change.cite });
  else if ('update' in change) await api.updateCitation(change.update);
  else if ('remove' in change) await api.removeCitation({ id: change.remove });
  else await api.setGradeMode({ item: { itemKind, itemId }, mode: change.mode });
  const ids = { ids: [itemId] };
  if (itemKind === 'entity') useAppStore.getState().putOnChart({ entities: await api.getEntities(ids) });
  else useAppStore.getState().putOnChart({ links: await api.getLinks(ids) });
}
