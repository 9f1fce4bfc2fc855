import type {
  Annotation,
  ChartBodyInput,
  ChartGroup,
  SavedChart,
} from '../../../graph-schema/chart/saved-chart';
import { DEFAULT_CHART_STYLE, type ChartStyle } from '../../../graph-schema/chart/style-spec';
import type { AnalysisResult } from '../../../graph-schema/analysis/result';
import type { Entity, Link } from '../../../graph-schema/model/records';
import { mountedChart } from '../chart/mounted';
import type { ChartPlacement, ChartSelection } from '../chart/types';
import { api } from '../bridge';
import { i18n } from '../i18n';
import type { AppState, SliceCreator } from './app-state';
import type { Command } from './history-slice';
import { outOfSight } from './grade-filter';
import { rememberChart } from './last-chart';

/** How the chart is drawn beyond its records: saved with it, undoable. */
export interface ChartView {
  style: ChartStyle;
  groups: ChartGroup[];
  annotations: Annotation[];
  pinned: string[];
  /** On the chart but out of sight until "show hidden"; putting an item on the chart again shows it. */
  hidden: ChartSelection;
  /** The last answer of the Analysis panel on this chart; saved with it. */
  analysis: AnalysisResult | null;
  /** "Show only B2 or better" ("B2"), or null: items below it are out of sight; saved with it. */
  gradeFilter: string | null;
}

/** The saved chart the view came from (null: a chart never saved). */
export interface OpenChart {
  id: string;
  name: string;
  version: number;
}

/** A saved layout for the chart host to put back, once (the token tells a new one). */
export interface PendingPlacement extends ChartPlacement {
  token: number;
}

export interface ViewSlice {
  view: ChartView;
  openChart: OpenChart | null;
  /** The chart changed since it was opened or saved. */
  viewDirty: boolean;
  placement: PendingPlacement | null;
  setChartStyle(style: ChartStyle): Promise<void>;
  /** Puts the selected entities in a new group (leaving any group they were in). */
  groupSelection(title: string): Promise<void>;
  ungroup(groupId: string): Promise<void>;
  renameGroup(groupId: string, title: string): Promise<void>;
  setGroupCollapsed(groupId: string, collapsed: boolean): Promise<void>;
  addNote(text: string, at: { x: number; y: number }, attachedTo: string | null): Promise<void>;
  editNote(noteId: string, text: string): Promise<void>;
  removeNote(noteId: string): Promise<void>;
  setPinned(ids: string[], pinned: boolean): Promise<void>;
  /** Hides items from view, keeping them on the chart (one undo step). */
  hideOnChart(ids: ChartSelection): Promise<void>;
  /** Brings every hidden item back into view. */
  showHidden(): Promise<void>;
  /** Shows only items graded `grade` ("B2") or better; null shows every grade (one undo step). */
  setGradeFilter(grade: string | null): Promise<void>;
  /** A group or note dragged on the chart: remembered, not an undo step (moves never are). */
  moveDecor(kind: 'group' | 'note', id: string, x: number, y: number): void;
  /** Saves the chart as it is now; a name saves a new chart (Save as). */
  saveView(name?: string): Promise<SavedChart>;
  /** Replaces the chart with a saved one, exactly as it was left. */
  openSavedChart(id: string): Promise<void>;
  /** An empty, unsaved chart. */
  newChart(): void;
  markViewDirty(): void;
  /** Replaces the view (undo and redo of view commands). */
  putView(view: ChartView): void;
}

export const EMPTY_VIEW: ChartView = {
  style: DEFAULT_CHART_STYLE,
  groups: [],
  annotations: [],
  pinned: [],
  hidden: { entities: [], links: [] },
  analysis: null,
  gradeFilter: null,
};

/**
 * What is on the chart and in sight: hidden items, items below the grade filter, and links to
 * hidden entities, left out.
 */
export function visibleContent(state: Pick<AppState, 'chart' | 'view'>): {
  entities: Entity[];
  links: Link[];
} {
  const hidden = outOfSight(state);
  const hiddenEntities = new Set(hidden.entities);
  const hiddenLinks = new Set(hidden.links);
  const entities = Object.values(state.chart.entities).filter((e) => !hiddenEntities.has(e.id));
  const links = Object.values(state.chart.links).filter(
    (l) => !hiddenLinks.has(l.id) && !hiddenEntities.has(l.source) && !hiddenEntities.has(l.target),
  );
  return { entities, links };
}

/**
 * The one answer to "would leaving this chart now lose work?": it changed since it was opened
 * or saved (viewDirty, set by the store on every change of what is on it or how it is drawn,
 * and by the chart host when nodes are dragged or laid out), and there is something to lose:
 * a saved chart, or a new one with anything on it.
 */
export function hasUnsavedChart(
  state: Pick<AppState, 'viewDirty' | 'openChart' | 'chart' | 'view'>,
): boolean {
  if (!state.viewDirty) return false;
  if (state.openChart) return true;
  return Object.keys(state.chart.entities).length > 0 || state.view.annotations.length > 0;
}

export const initialView: Pick<ViewSlice, 'view' | 'openChart' | 'viewDirty' | 'placement'> = {
  view: EMPTY_VIEW,
  openChart: null,
  viewDirty: false,
  placement: null,
};

let nextToken = 1;

/** A group's or note's id: unique across saves and copies of the chart. */
export function newDecorId(prefix: string): string {
  return `${prefix}${crypto.randomUUID()}`;
}

/** An undoable change of the view: the whole view before and after. */
function viewCommand(label: string, before: ChartView, after: ChartView): Command {
  const put =
    (view: ChartView) =>
    async ({ get }: { get: () => AppState }) =>
      get().putView(view);
  return { label, run: put(after), revert: put(before) };
}

/** The chart's body as the store keeps it, from the records on screen and the live layout. */
export function chartBody(state: AppState, name: string): ChartBodyInput {
  const layout = mountedChart();
  const positions = layout?.positions() ?? {};
  const onChart = state.chart.entities;
  const pinned = new Set(state.view.pinned);
  const groups = state.view.groups
    .map((g) => {
      const members = g.members.filter((id) => onChart[id]);
      // A collapsed group's place is where its node was left.
      const at = g.collapsed ? positions[`group:${g.id}`] : undefined;
      return { ...g, members, ...(at ? { x: at.x, y: at.y } : {}) };
    })
    .filter((g) => g.members.length > 0);
  return {
    name,
    entities: Object.keys(onChart).map((id) => {
      const at = positions[id] ?? { x: 0, y: 0 };
      return { id, x: at.x, y: at.y, pinned: pinned.has(id) };
    }),
    links: Object.keys(state.chart.links),
    hidden: {
      entities: state.view.hidden.entities.filter((id) => onChart[id]),
      links: state.view.hidden.links.filter((id) => state.chart.links[id]),
    },
    style: state.view.style,
    groups,
    annotations: state.view.annotations.map((a) =>
      a.attachedTo !== null && !onChart[a.attachedTo] ? { ...a, attachedTo: null } : a,
    ),
    viewport: layout?.viewport() ?? null,
    analysis: state.view.analysis,
    gradeFilter: state.view.gradeFilter,
  };
}

export const createViewSlice: SliceCreator<ViewSlice> = (set, get) => {
  const change = (label: string, edit: (view: ChartView) => ChartView) => {
    const before = get().view;
    const after = edit(before);
    if (after === before) return Promise.resolve();
    return get().execute(viewCommand(label, before, after));
  };
  const mapGroup = (id: string, edit: (g: ChartGroup) => ChartGroup) => (view: ChartView) => ({
    ...view,
    groups: view.groups.map((g) => (g.id === id ? edit(g) : g)),
  });

  const remember = (chartId: string) => {
    const location = get().caseInfo?.store.location;
    if (location !== undefined) rememberChart(location, chartId);
  };

  return {
    ...initialView,

    putView: (view) => set({ view, viewDirty: true }),

    setChartStyle: (style) => change(i18n.t('stores:view.style'), (view) => ({ ...view, style })),

    groupSelection: (title) => {
      const ids = get().selection.entities;
      if (ids.length === 0) return Promise.resolve();
      const taken = new Set(ids);
      const group: ChartGroup = { id: newDecorId('g'), title, members: ids, collapsed: false };
      return change(i18n.t('stores:view.group', { count: ids.length }), (view) => ({
        ...view,
        groups: [
          ...view.groups
            .map((g) => ({ ...g, members: g.members.filter((m) => !taken.has(m)) }))
            .filter((g) => g.members.length > 0),
          group,
        ],
      }));
    },

    ungroup: (groupId) =>
      change(i18n.t('stores:view.ungroup'), (view) => ({
        ...view,
        groups: view.groups.filter((g) => g.id !== groupId),
      })),

    renameGroup: (groupId, title) =>
      change(
        i18n.t('stores:view.renameGroup'),
        mapGroup(groupId, (g) => ({ ...g, title })),
      ),

    setGroupCollapsed: (groupId, collapsed) =>
      change(
        collapsed ? i18n.t('stores:view.collapseGroup') : i18n.t('stores:view.expandGroup'),
        mapGroup(groupId, (g) => {
          if (collapsed) return { ...g, collapsed };
          const { x: _x, y: _y, ...rest } = g;
          return { ...rest, collapsed };
        }),
      ),

    addNote: (text, at, attachedTo) =>
      change(attachedTo ? i18n.t('stores:view.addCallout') : i18n.t('stores:view.addNote'), (view) => ({
        ...view,
        annotations: [...view.annotations, { id: newDecorId('n'), text, x: at.x, y: at.y, attachedTo }],
      })),

    editNote: (noteId, text) =>
      change(i18n.t('stores:view.editNote'), (view) => ({
        ...view,
        annotations: view.annotations.map((a) => (a.id === noteId ? { ...a, text } : a)),
      })),

    removeNote: (noteId) =>
      change(i18n.t('stores:view.deleteNote'), (view) => ({
        ...view,
        annotations: view.annotations.filter((a) => a.id !== noteId),
      })),

    setPinned: (ids, pinned) =>
      change(pinned ? i18n.t('stores:view.pin') : i18n.t('stores:view.unpin'), (view) => {
        const set = new Set(view.pinned);
        for (const id of ids) {
          if (pinned) set.add(id);
          else set.delete(id);
        }
        return { ...view, pinned: [...set] };
      }),

    hideOnChart: (ids) => {
      const count = ids.entities.length + ids.links.length;
      if (count === 0) return Promise.resolve();
      const gone = new Set([...ids.entities, ...ids.links]);
      const { selection } = get();
      const run = change(i18n.t('stores:view.hide', { count }), (view) => ({
        ...view,
        hidden: {
          entities: [...new Set([...view.hidden.entities, ...ids.entities])],
          links: [...new Set([...view.hidden.links, ...ids.links])],
        },
      }));
      get().setSelection({
        entities: selection.entities.filter((id) => !gone.has(id)),
        links: selection.links.filter((id) => !gone.has(id)),
      });
      return run;
    },

    showHidden: () =>
      change(i18n.t('stores:view.showHidden'), (view) =>
        view.hidden.entities.length + view.hidden.links.length === 0
          ? view
          : { ...view, hidden: { entities: [], links: [] } },
      ),

    setGradeFilter: (grade) =>
      change(
        grade === null ? i18n.t('gradeFilter:undo.off') : i18n.t('gradeFilter:undo.on', { grade }),
        (view) => (view.gradeFilter === grade ? view : { ...view, gradeFilter: grade }),
      ),

    moveDecor: (kind, id, x, y) =>
      set((state) => {
        const view =
          kind === 'note'
            ? {
                ...state.view,
                annotations: state.view.annotations.map((a) => (a.id === id ? { ...a, x, y } : a)),
              }
            : { ...state.view, groups: state.view.groups.map((g) => (g.id === id ? { ...g, x, y } : g)) };
        return { view, viewDirty: true };
      }),

    saveView: async (name) => {
      const state = get();
      const current = state.openChart;
      const saved =
        name !== undefined || !current
          ? await get().createChart(chartBody(state, name ?? i18n.t('stores:view.defaultName')))
          : await get().saveChart(current.id, chartBody(state, current.name), current.version);
      set({ openChart: { id: saved.id, name: saved.name, version: saved.version }, viewDirty: false });
      remember(saved.id);
      await get().refreshCharts();
      return saved;
    },

    openSavedChart: async (id) => {
      const chart = await get().loadChart(id);
      const [entities, links] = await Promise.all([
        api.getEntities({ ids: chart.entities.map((n) => n.id) }),
        api.getLinks({ ids: chart.links }),
      ]);
      const byId: Record<string, Entity> = {};
      for (const entity of entities) byId[entity.id] = entity;
      const linkMap: Record<string, Link> = {};
      for (const link of links) if (byId[link.source] && byId[link.target]) linkMap[link.id] = link;
      const positions: ChartPlacement['positions'] = {};
      for (const node of chart.entities) positions[node.id] = { x: node.x, y: node.y };
      for (const group of chart.groups) {
        if (group.collapsed && group.x !== undefined && group.y !== undefined) {
          positions[`group:${group.id}`] = { x: group.x, y: group.y };
        }
      }
      const missing =
        chart.entities.length - entities.length + (chart.links.length - Object.keys(linkMap).length);
      set({
        chart: { entities: byId, links: linkMap },
        selection: { entities: [], links: [] },
        path: null,
        view: {
          style: chart.style,
          groups: chart.groups,
          annotations: chart.annotations,
          pinned: chart.entities.filter((n) => n.pinned).map((n) => n.id),
          hidden: chart.hidden,
          analysis: chart.analysis,
          gradeFilter: chart.gradeFilter,
        },
        openChart: { id: chart.id, name: chart.name, version: chart.version },
        viewDirty: false,
        placement: { token: nextToken++, positions, viewport: chart.viewport },
        undoStack: [],
        redoStack: [],
      });
      remember(chart.id);
      if (missing > 0) {
        get().notify(i18n.t('stores:view.missing', { count: missing, name: chart.name }), 'none');
      }
    },

    newChart: () =>
      set({
        chart: { entities: {}, links: {} },
        selection: { entities: [], links: [] },
        path: null,
        view: EMPTY_VIEW,
        openChart: null,
        viewDirty: false,
        placement: null,
        undoStack: [],
        redoStack: [],
      }),

    markViewDirty: () => {
      if (!get().viewDirty) set({ viewDirty: true });
    },
  };
};
