import type { ChartBodyInput, ChartSummary, SavedChart } from '../../../graph-schema/chart';
import type { Request, Response } from '../../../graph-schema/contract';
import type { CaseMarking } from '../../../graph-schema/model/marking-schemes';
import { api } from '../bridge';
import type { SliceCreator } from './app-state';
import { startingChart } from './last-chart';

/**
 * The case's saved charts and its protective marking, as the store holds them. The chart on
 * screen lives elsewhere (chart-slice, view-slice); this slice only talks to the store and
 * keeps the list current after every write, so the charts dialog never shows a stale list.
 */
export interface ChartsSlice {
  /** The saved charts of the open case, by name. */
  charts: ChartSummary[];
  /** The case's scheme, marking and caveats; exports print the marking or the chart's highest, whichever is higher. */
  caseMarking: CaseMarking;
  refreshCharts(): Promise<void>;
  loadChart(id: string): Promise<SavedChart>;
  createChart(body: ChartBodyInput): Promise<SavedChart>;
  /** CONFLICT when someone saved the chart since `version` was loaded. */
  saveChart(id: string, body: ChartBodyInput, version: number): Promise<SavedChart>;
  duplicateChart(id: string, name: string): Promise<SavedChart>;
  renameChart(id: string, name: string): Promise<SavedChart>;
  deleteChart(id: string): Promise<void>;
  setCaseMarking(marking: CaseMarking): Promise<void>;
  /** Writes the chart's scene as PDF, SVG or PNG (the export dialog builds the scene). */
  exportChart(request: Request<'exportChart'>): Promise<Response<'exportChart'>>;
  /**
   * Loads the list and the marking of a case just opened (session-slice calls it), and shows
   * the chart last open in it (last-chart.ts).
   */
  loadCaseCharts(): Promise<void>;
}

export const initialCharts: Pick<ChartsSlice, 'charts' | 'caseMarking'> = {
  charts: [],
  caseMarking: { scheme: 'en-default', level: 'UNCLASSIFIED', caveats: [] },
};

export const createChartsSlice: SliceCreator<ChartsSlice> = (set, get) => {
  /** A write, then the list again: names, versions and counts all may have changed. */
  const thenRefresh = async <T>(write: Promise<T>): Promise<T> => {
    const out = await write;
    await get().refreshCharts();
    return out;
  };

  return {
    ...initialCharts,

    refreshCharts: async () => {
      set({ charts: await api.listCharts({}) });
    },

    loadChart: (id) => api.getChart({ id }),
    createChart: (chart) => thenRefresh(api.createChart({ chart })),
    saveChart: (id, chart, version) => thenRefresh(api.saveChart({ id, chart, version })),
    duplicateChart: (id, name) => thenRefresh(api.duplicateChart({ id, name })),
    renameChart: (id, name) => thenRefresh(api.renameChart({ id, name })),
    deleteChart: async (id) => {
      await thenRefresh(api.deleteChart({ id }));
    },

    setCaseMarking: async (marking) => {
      const answer = await api.setCaseMarking({ marking });
      set({ caseMarking: answer.marking });
    },

    exportChart: (request) => api.exportChart(request),

    loadCaseCharts: async () => {
      const opened = get().caseInfo;
      try {
        const [charts, { marking }] = await Promise.all([api.listCharts({}), api.getCaseMarking({})]);
        // Another case may have opened while this one's list was on its way.
        if (!opened || get().caseInfo !== opened) return;
        set({ charts, caseMarking: marking });
        const start = startingChart(opened.store.location, charts);
        const now = get();
        // Only onto an untouched chart: the analyst may have started work while the list came.
        if (!start || now.openChart || now.viewDirty || Object.keys(now.chart.entities).length > 0) return;
        await get().openSavedChart(start);
      } catch {
        // Not fatal on opening a case: the charts dialog refreshes the list and shows its error.
      }
    },
  };
};
