import {
  chooseExpansion,
  HUB_SCAN_LIMIT,
  summarizeExpansion,
  type ExpandSummary,
  type ParsedChosenExpand,
} from '../../../graph-schema/model/hubs';
import type { ExpandRequest, ExpandResult } from '../../../graph-schema/model/queries';
import type { GraphStore } from '../store/graph-store';

/** The store's own request: the choice fields are this service's, not the port's. */
function baseRequest(request: ParsedChosenExpand, limit: number): ExpandRequest {
  const { window: _window, rank: _rank, ...base } = request;
  return { ...base, limit };
}

/** What an expansion would add, by type and time, read in full on the server (never sent whole). */
export async function summarizeExpand(
  store: GraphStore,
  request: ParsedChosenExpand,
): Promise<ExpandSummary> {
  return summarizeExpansion(await store.expand(baseRequest(request, HUB_SCAN_LIMIT)), HUB_SCAN_LIMIT);
}

/**
 * An expansion as the analyst chose it. Without a time window or a ranking it is the store's
 * own expand; with one, the store reads the neighbourhood in full and this narrows it, so both
 * stores choose the same way.
 */
export async function expandChosen(store: GraphStore, request: ParsedChosenExpand): Promise<ExpandResult> {
  if (!request.window && request.rank === 'distance')
    return store.expand(baseRequest(request, request.limit));
  const full = await store.expand(baseRequest(request, HUB_SCAN_LIMIT));
  const degrees = request.rank === 'degree' ? await store.degrees(full.entities.map((e) => e.id)) : {};
  return chooseExpansion(
    full,
    request.ids,
    { rank: request.rank, limit: request.limit, ...(request.window ? { window: request.window } : {}) },
    degrees,
  );
}
