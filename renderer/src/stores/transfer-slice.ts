import type {
  CaseFile,
  PublishConflict,
  PublishResult,
  Resolution,
  TakeOfflineRequest,
  TakeOfflineResult,
} from '../../../graph-schema/contract';
import { api } from '../bridge';
import type { SliceCreator } from './app-state';

/** The analyst's choice per conflicting id. */
export type Resolutions = Record<string, Resolution>;

/** Nothing is overwritten unless the analyst says so: every conflict starts as "keep server". */
export function defaultResolutions(conflicts: readonly PublishConflict[]): Resolutions {
  return Object.fromEntries(conflicts.map((c) => [c.id, 'server' as const]));
}

/**
 * What the publish request carries: only the choices for conflicts the dry run listed, so a
 * choice left over from another case file cannot reach the server.
 */
export function resolutionsFor(conflicts: readonly PublishConflict[], chosen: Resolutions): Resolutions {
  return Object.fromEntries(conflicts.map((c) => [c.id, chosen[c.id] ?? 'server']));
}

export interface TransferSlice {
  /** Case files that could be published here: the cases folder, less the open case itself. */
  publishCandidates(): Promise<CaseFile[]>;
  takeOffline(request: TakeOfflineRequest): Promise<TakeOfflineResult>;
  /** Reports what publishing would create, update and leave, and the conflicts; writes nothing. */
  dryRunPublish(path: string): Promise<PublishResult>;
  /** Publishes with the analyst's choices, then brings the chart and the counts up to date. */
  publish(path: string, resolutions: Resolutions): Promise<PublishResult>;
  /** Re-reads every item on the chart: what changed is replaced, what is gone is taken off. */
  refreshChart(): Promise<void>;
}

export const createTransferSlice: SliceCreator<TransferSlice> = (_set, get) => ({
  publishCandidates: async () => {
    const { files } = await api.listCaseFiles({});
    const open = get().caseInfo?.store;
    return files.filter((f) => !(open?.kind === 'case-file' && open.location === f.path));
  },

  takeOffline: (request) => api.takeOffline(request),

  dryRunPublish: (path) => api.publishCase({ path, dryRun: true }),

  publish: async (path, resolutions) => {
    const result = await api.publishCase({ path, dryRun: false, resolutions });
    if (result.created + result.updated > 0) {
      await get().refreshChart();
      await get().refreshCaseInfo();
    }
    return result;
  },

  refreshChart: async () => {
    const { chart } = get();
    const entityIds = Object.keys(chart.entities);
    const linkIds = Object.keys(chart.links);
    const [entities, links] = await Promise.all([
      entityIds.length > 0 ? api.getEntities({ ids: entityIds }) : [],
      linkIds.length > 0 ? api.getLinks({ ids: linkIds }) : [],
    ]);
    const foundEntities = new Set(entities.map((e) => e.id));
    const foundLinks = new Set(links.map((l) => l.id));
    get().takeOffChart({
      entities: entityIds.filter((id) => !foundEntities.has(id)),
      links: linkIds.filter((id) => !foundLinks.has(id)),
    });
    get().putOnChart({ entities, links });
  },
});
