import type {
  DataFormatName,
  ImportPreview,
  ImportProgress,
  ImportReport,
  ImportRequest,
  Mapping,
  MappingDraft,
  Response,
} from '../../../graph-schema/contract';
import { api } from '../bridge';
import type { SliceCreator } from './app-state';

export type ExportResult = Response<'exportCase'>;

/** The file ending each export format writes (a CSV pair adds its own suffixes). */
export const FORMAT_EXTENSIONS: Record<DataFormatName, string> = {
  json: 'json',
  csv: 'csv',
  tsv: 'tsv',
  xlsx: 'xlsx',
  graphml: 'graphml',
  gexf: 'gexf',
  ftm: 'ftm.json',
  anx: 'anx',
  stix: 'stix.json',
};

export function joinPath(dir: string, name: string): string {
  if (dir === '') return name;
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return dir.endsWith(sep) ? `${dir}${name}` : `${dir}${sep}${name}`;
}

/** `<cases folder>/<case name>.<ext>`: where an export lands unless the analyst says otherwise. */
export function defaultExportPath(casesDir: string, caseName: string, format: DataFormatName): string {
  return joinPath(casesDir, `${fileStem(caseName, 'case')}.${FORMAT_EXTENSIONS[format]}`);
}

/** A name made safe as a file name on every desktop system; `fallback` when nothing is left. */
export function fileStem(name: string, fallback: string): string {
  return name.trim().replace(/[\\/:*?"<>|]+/g, '_') || fallback;
}

/** Swaps a known export ending for the new format's, so an edited folder or name survives. */
export function withFormatExtension(path: string, format: DataFormatName): string {
  const endings = [...new Set(Object.values(FORMAT_EXTENSIONS))].sort((a, b) => b.length - a.length);
  const lower = path.toLowerCase();
  const old = endings.find((e) => lower.endsWith(`.${e}`));
  const stem = old ? path.slice(0, -(old.length + 1)) : path;
  return `${stem}.${FORMAT_EXTENSIONS[format]}`;
}

export interface IoSlice {
  previewImport(path: string, format?: DataFormatName, mapping?: MappingDraft): Promise<ImportPreview>;
  /** A dry run writes nothing; a real import then brings the case counts and the chart up to date. */
  importFile(request: ImportRequest): Promise<ImportReport>;
  importProgress(): Promise<ImportProgress>;
  cancelImport(): Promise<boolean>;
  saveMapping(path: string, mapping: Mapping): Promise<string>;
  loadMapping(path: string): Promise<Mapping>;
  /** The whole case, or (chartOnly) just what is on the chart. */
  exportCase(path: string, format: DataFormatName, chartOnly?: boolean): Promise<ExportResult>;
}

export const createIoSlice: SliceCreator<IoSlice> = (_set, get) => ({
  previewImport: (path, format, mapping) =>
    api.previewImport({ path, ...(format ? { format } : {}), ...(mapping ? { mapping } : {}) }),

  importFile: async (request) => {
    const report = await api.importCase(request);
    if (!report.dryRun) {
      await get().refreshCaseInfo();
      // Merged entities may have gained fields; whatever is on the chart shows them.
      if (report.merged > 0) await get().refreshChart();
    }
    return report;
  },

  importProgress: () => api.importProgress({}),

  cancelImport: async () => (await api.cancelImport({})).cancelled,

  saveMapping: async (path, mapping) => (await api.saveMapping({ path, mapping })).path,

  loadMapping: (path) => api.loadMapping({ path }),

  exportCase: (path, format, chartOnly = false) => {
    const { chart } = get();
    const only = { entities: Object.keys(chart.entities), links: Object.keys(chart.links) };
    return api.exportCase({ path, format, ...(chartOnly ? { only } : {}) });
  },
});
