import { z } from 'zod';
import { ChartBody, ChartSummary, SavedChart } from '../chart/saved-chart';
import { ExportChartRequest, ExportChartResult } from '../chart/export-request';
import { CaseMarking } from '../model/marking-schemes';
import { Id } from '../model/records';
import { graph, None, type MethodSpec } from './method-spec';

/** Saved charts, the case's marking and chart exports: the contract's chart methods. */
export const chartMethods = {
  listCharts: {
    summary: "The case's saved charts by name, without their bodies.",
    request: None,
    response: z.array(ChartSummary),
    errors: graph,
  },
  getChart: {
    summary: 'A saved chart, exactly as it was saved.',
    request: z.strictObject({ id: Id }),
    response: SavedChart,
    errors: [...graph, 'NOT_FOUND'],
  },
  createChart: {
    summary: 'Save a new named chart (version 1).',
    request: z.strictObject({ chart: ChartBody }),
    response: SavedChart,
    errors: [...graph, 'FORBIDDEN'],
  },
  saveChart: {
    summary: 'Save over a chart; CONFLICT when someone saved it since `version` was loaded.',
    request: z.strictObject({ id: Id, chart: ChartBody, version: z.number().int().positive() }),
    response: SavedChart,
    errors: [...graph, 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN'],
  },
  duplicateChart: {
    summary: 'Copy a chart under a new name.',
    request: z.strictObject({ id: Id, name: ChartBody.shape.name }),
    response: SavedChart,
    errors: [...graph, 'NOT_FOUND', 'FORBIDDEN'],
  },
  renameChart: {
    summary: 'Rename a chart (a new version).',
    request: z.strictObject({ id: Id, name: ChartBody.shape.name }),
    response: SavedChart,
    errors: [...graph, 'NOT_FOUND', 'FORBIDDEN'],
  },
  deleteChart: {
    summary: 'Delete a saved chart.',
    request: z.strictObject({ id: Id }),
    response: z.strictObject({ deleted: z.literal(true) }),
    errors: [...graph, 'NOT_FOUND', 'FORBIDDEN'],
  },
  getCaseMarking: {
    summary:
      "The case's marking scheme, protective marking and caveats (UNCLASSIFIED in the English default until one is set).",
    request: None,
    response: z.strictObject({ marking: CaseMarking }),
    errors: graph,
  },
  setCaseMarking: {
    summary: "Set the case's marking scheme, protective marking and caveats, shown on every exported page.",
    request: z.strictObject({ marking: CaseMarking }),
    response: z.strictObject({ marking: CaseMarking }),
    errors: [...graph, 'FORBIDDEN'],
  },
  exportChart: {
    summary: 'Write a chart to a PDF (paper size, tiling), SVG or PNG file with banners, title and legend.',
    request: ExportChartRequest,
    response: ExportChartResult,
    errors: ['IO'],
  },
} as const satisfies Record<string, MethodSpec>;
