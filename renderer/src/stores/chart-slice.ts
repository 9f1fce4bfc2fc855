import type {
  Entity,
  ChosenExpandRequest,
  ExpandOrHub,
  ExpandResult,
  ExpandUnlessHubRequest,
  Link,
} from '../../../graph-schema/model';
import type {
  CommonNeighboursRequest,
  CommonNeighboursResult,
  ConnectRequest,
  ConnectResult,
  PathMode,
  PathsRequest,
  PathsResult,
} from '../../../graph-schema/contract/paths';
import { api } from '../bridge';
import { mountedChart } from '../chart/mounted';
import type { AppState, SliceCreator } from './app-state';
import type { ChartContent, ChartSelection } from '../chart/types';

/** Paths found, listed with their grades; those put on the chart are highlighted there. */
export interface PathView {
  from: Entity;
  to: Entity;
  mode: PathMode;
  result: PathsResult;
  /** Indexes of the paths on the chart, in result order. */
  shown: number[];
}

export interface ChartSlice {
  chart: ChartContent;
  selection: ChartSelection;
  path: PathView | null;
  /** Adds or replaces records; links whose two ends are not both on the chart are left off. */
  putOnChart(items: { entities?: Entity[]; links?: Link[] }): void;
  /** Takes items off the chart (not out of the case); an entity takes its links with it. */
  takeOffChart(ids: Partial<ChartSelection>): void;
  /**
   * Puts items taken off the chart back where they were drawn (undo of a delete); the view
   * stays where it is. Entities without a known place are placed as new ones are.
   */
  returnToChart(
    items: { entities: Entity[]; links: Link[] },
    positions: Record<string, { x: number; y: number }>,
  ): void;
  setSelection(selection: ChartSelection): void;
  clearPath(): void;
  /** Puts entities on the chart with every link between them and what is already there. */
  showEntities(entities: Entity[]): Promise<void>;
  expandEntities(request: ChosenExpandRequest): Promise<ExpandResult>;
  /** Expands, unless it would reach more than the threshold: then only the hub's summary comes back. */
  expandUnlessHub(request: ExpandUnlessHubRequest): Promise<ExpandOrHub>;
  /** Finds paths and puts the first (the shortest) on the chart; the rest wait in the list. */
  findPaths(request: PathsRequest, from: Entity, to: Entity): Promise<PathsResult>;
  /** Puts these of the found paths on the chart (asking first, as confirmAdding does). */
  showPaths(indexes: readonly number[]): Promise<void>;
  /** Puts the network joining the entities on the chart; null when the analyst chose not to add it. */
  connectEntities(request: ConnectRequest): Promise<ConnectResult | null>;
  /** Puts the common neighbours on the chart with their links to them; null when the analyst chose not to. */
  showCommonNeighbours(request: CommonNeighboursRequest): Promise<CommonNeighboursResult | null>;
  /**
   * Whether found items may go on the chart: more new entities at once than the hub threshold
   * (the number Expand asks above) ask the analyst first, as a hub's expansion does, so no
   * path list, pattern or connection buries the chart unasked.
   */
  confirmAdding(items: {
    entities: readonly { id: string }[];
    links?: readonly { id: string }[];
  }): Promise<boolean>;
}

export const initialChart: Pick<ChartSlice, 'chart' | 'selection' | 'path'> = {
  chart: { entities: {}, links: {} },
  selection: { entities: [], links: [] },
  path: null,
};

/** What a search, expand or path puts on the chart comes into view if it was hidden. */
function revealed(view: AppState['view'], items: { entities?: Entity[]; links?: Link[] }): AppState['view'] {
  const shown = new Set([
    ...(items.entities ?? []).map((e) => e.id),
    ...(items.links ?? []).map((l) => l.id),
  ]);
  const { hidden } = view;
  if (!hidden.entities.some((id) => shown.has(id)) && !hidden.links.some((id) => shown.has(id))) return view;
  const keep = (ids: string[]) => ids.filter((id) => !shown.has(id));
  return { ...view, hidden: { entities: keep(hidden.entities), links: keep(hidden.links) } };
}

export const createChartSlice: SliceCreator<ChartSlice> = (set, get) => {
  /** Puts items on the chart and brings them into view. */
  const show = (items: { entities?: Entity[]; links?: Link[] }) => {
    get().putOnChart(items);
    set((state) => {
      const view = revealed(state.view, items);
      return view === state.view ? {} : { view };
    });
  };
  /** These of the listed paths on the chart, highlighted with those already there. */
  const showFoundPaths = (indexes: readonly number[]) => {
    const view = get().path;
    if (!view) return;
    show(pathItems(view, indexes));
    const shown = [...new Set([...view.shown, ...indexes])].sort((a, b) => a - b);
    set({ path: { ...view, shown } });
  };
  /** An expansion's result on the chart, with the links among it and what was there. */
  const showExpansion = async (result: ExpandResult) => {
    const onChart = withIds(Object.keys(get().chart.entities), result.entities);
    const among = result.entities.length > 0 ? await api.linksAmong({ ids: onChart }) : [];
    // The links among what was there stay hidden if they were; what the expand found shows.
    get().putOnChart({ entities: result.entities, links: [...result.links, ...among] });
    show({ entities: result.entities, links: result.links });
  };
  return {
    ...initialChart,

    putOnChart: ({ entities = [], links = [] }) => {
      if (entities.length === 0 && links.length === 0) return;
      set((state) => withItems(state, entities, links));
    },

    takeOffChart: ({ entities = [], links = [] }) => {
      if (entities.length === 0 && links.length === 0) return;
      set((state) => {
        const goneEntities = new Set(entities);
        const goneLinks = new Set(links);
        const nextEntities: Record<string, Entity> = {};
        for (const [id, entity] of Object.entries(state.chart.entities)) {
          if (!goneEntities.has(id)) nextEntities[id] = entity;
        }
        const nextLinks: Record<string, Link> = {};
        for (const [id, link] of Object.entries(state.chart.links)) {
          if (goneLinks.has(id) || goneEntities.has(link.source) || goneEntities.has(link.target)) continue;
          nextLinks[id] = link;
        }
        const selection = {
          entities: state.selection.entities.filter((id) => nextEntities[id]),
          links: state.selection.links.filter((id) => nextLinks[id]),
        };
        // A path with an item taken off is no longer on the chart; it stays in the list.
        const path = state.path && {
          ...state.path,
          shown: state.path.shown.filter((i) => {
            const found = state.path?.result.paths[i];
            return found?.entityIds.every((e) => nextEntities[e]) && found.linkIds.every((l) => nextLinks[l]);
          }),
        };
        const removed =
          Object.keys(nextEntities).length < Object.keys(state.chart.entities).length ||
          Object.keys(nextLinks).length < Object.keys(state.chart.links).length;
        return {
          chart: { entities: nextEntities, links: nextLinks },
          ...(removed ? { viewDirty: true } : {}),
          selection,
          ...(path && path.shown.length !== state.path?.shown.length ? { path } : {}),
        };
      });
    },

    returnToChart: (items, positions) => {
      const placed = items.entities.filter((e) => positions[e.id]);
      const layout = mountedChart();
      if (placed.length === 0 || !layout) {
        get().putOnChart(items);
        return;
      }
      // A placement set with the records in one update: the chart host restores the places
      // (and the current viewport) instead of placing the items as new ones.
      const placement = { token: (get().placement?.token ?? 0) + 1, positions, viewport: layout.viewport() };
      set((state) => ({ ...withItems(state, items.entities, items.links), placement }));
      // Used up (subscribers ran): a chart host mounted later must not restore it over its chart.
      set({ placement: null });
    },

    setSelection: (selection) => {
      const current = get().selection;
      if (sameIds(current.entities, selection.entities) && sameIds(current.links, selection.links)) return;
      set({ selection: { entities: [...selection.entities], links: [...selection.links] } });
    },

    clearPath: () => set({ path: null }),

    // Entities come onto the chart in one change with their links: the chart places each new
    // entity by what it links to (around the node it hangs off), which it cannot do for an
    // entity that arrives alone and is linked a moment later.
    showEntities: async (entities) => {
      if (entities.length === 0) return;
      const fresh = new Set(entities.map((e) => e.id));
      const links = await api.linksAmong({ ids: withIds(Object.keys(get().chart.entities), entities) });
      show({ entities, links: links.filter((l) => fresh.has(l.source) || fresh.has(l.target)) });
    },

    expandEntities: async (request) => {
      const result = await api.expand(request);
      await showExpansion(result);
      return result;
    },

    expandUnlessHub: async (request) => {
      const answer = await api.expandUnlessHub(request);
      if (answer.kind === 'expanded') await showExpansion(answer.result);
      return answer;
    },

    findPaths: async (request, from, to) => {
      const result = await api.findPaths(request);
      set({ path: { from, to, mode: request.mode ?? 'shortest', result, shown: [] } });
      // The one path asked for goes on as found: a path is never longer than its hop limit.
      if (result.paths.length > 0) showFoundPaths([0]);
      return result;
    },

    showPaths: async (indexes) => {
      const view = get().path;
      if (!view) return;
      // Another search may have replaced this list while the analyst was asked.
      if (!(await get().confirmAdding(pathItems(view, indexes))) || get().path?.result !== view.result)
        return;
      showFoundPaths(indexes);
    },

    connectEntities: async (request) => {
      const result = await api.connect(request);
      if (!(await get().confirmAdding(result))) return null;
      show({ entities: result.entities, links: result.links });
      return result;
    },

    showCommonNeighbours: async (request) => {
      const result = await api.commonNeighbours(request);
      if (!(await get().confirmAdding(result))) return null;
      show({ entities: result.entities, links: result.links });
      return result;
    },

    confirmAdding: ({ entities, links = [] }) => {
      const { chart, hubThreshold } = get();
      const fresh = entities.filter((e) => !chart.entities[e.id]).length;
      if (fresh <= hubThreshold) return Promise.resolve(true);
      const freshLinks = links.filter((l) => !chart.links[l.id]).length;
      return new Promise((answer) =>
        get().openDialog({ kind: 'manyToAdd', entities: fresh, links: freshLinks, answer }),
      );
    },
  };
};

/** The entities and links of these of the listed paths. */
function pathItems(view: PathView, indexes: readonly number[]): { entities: Entity[]; links: Link[] } {
  const paths = indexes.flatMap((i) => view.result.paths[i] ?? []);
  const entityIds = new Set(paths.flatMap((p) => p.entityIds));
  const linkIds = new Set(paths.flatMap((p) => p.linkIds));
  return {
    entities: view.result.entities.filter((e) => entityIds.has(e.id)),
    links: view.result.links.filter((l) => linkIds.has(l.id)),
  };
}

/** Ids on the chart and those of entities about to join it, once each. */
function withIds(ids: readonly string[], entities: readonly Entity[]): string[] {
  return [...new Set([...ids, ...entities.map((e) => e.id)])];
}

/** The chart with records added or replaced; links whose two ends are not both on it are left off. */
function withItems(state: AppState, entities: Entity[], links: Link[]): Partial<AppState> {
  const nextEntities = { ...state.chart.entities };
  let added = false;
  for (const entity of entities) {
    added ||= !nextEntities[entity.id];
    nextEntities[entity.id] = entity;
  }
  const nextLinks = { ...state.chart.links };
  for (const link of links) {
    if (!nextEntities[link.source] || !nextEntities[link.target]) continue;
    added ||= !nextLinks[link.id];
    nextLinks[link.id] = link;
  }
  // A record refreshed in place (an edit, a merge) is not a change of the chart.
  return { chart: { entities: nextEntities, links: nextLinks }, ...(added ? { viewDirty: true } : {}) };
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}
