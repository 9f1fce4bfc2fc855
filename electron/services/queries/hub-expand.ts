import {
  chooseExpansion,
  HUB_SCAN_LIMIT,
  summarizeExpansion,
  type ExpandOrHub,
  type ExpandSummary,
  type ParsedChosenExpand,
  type ParsedExpandUnlessHub,
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
 * Expanding one entity from the chart in one store round when it is no hub: the store's expand
 * limited to the threshold reaches everything (nothing omitted), and that is the expansion.
 * Only a hub (something omitted) is read again, in full, for its summary; nothing is added.
 */
export async function expandUnlessHub(
  store: GraphStore,
  request: ParsedExpandUnlessHub,
): Promise<ExpandOrHub> {
  const { hubThreshold, ...chosen } = request;
  if (chosen.window || chosen.rank !== 'distance') {
    const summary = await summarizeExpand(store, chosen);
    if (summary.reached > hubThreshold) return { kind: 'hub', summary };
    return { kind: 'expanded', result: await expandChosen(store, chosen) };
  }
  const probe = await store.expand(baseRequest(chosen, hubThreshold));
  if (probe.omitted > 0) return { kind: 'hub', summary: await summarizeExpand(store, chosen) };
  // Under the threshold but over the request's own limit: the nearest first, as the store keeps them.
  const result =
    probe.entities.length > chosen.limit
      ? chooseExpansion(probe, chosen.ids, { rank: 'distance', limit: chosen.limit })
      : probe;
  return { kind: 'expanded', result };
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
