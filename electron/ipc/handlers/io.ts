import type { AppServices } from '../../services/app-services';
import { chartItemsView } from '../../services/io/chart-items';
import { loadMapping, saveMapping } from '../../services/io/import-service';
import { exportFile, looksImportable, previewFile } from '../../services/io/registry';
import { listFiles } from '../../services/cases';
import type { Handlers } from '../handlers';

type IoMethods =
  | 'exportCase'
  | 'listImportFiles'
  | 'previewImport'
  | 'importCase'
  | 'importProgress'
  | 'cancelImport'
  | 'saveMapping'
  | 'loadMapping';

/** Files in and out of the current store; paths resolve like case paths (bare names land in the cases folder). */
export function ioHandlers({ cases, imports }: AppServices): Pick<Handlers, IoMethods> {
  return {
    listImportFiles: async () => {
      const dir = cases.casesDir;
      return { dir, files: await listFiles(dir, looksImportable) };
    },
    exportCase: ({ path, format, only }) => {
      const store = only ? chartItemsView(cases.current(), only) : cases.current();
      return exportFile(store, cases.resolvePath(path), format);
    },
    previewImport: ({ path, format, mapping }) => previewFile(cases.resolvePath(path), format, mapping),
    importCase: (request) =>
      imports.run(cases.current(), { ...request, path: cases.resolvePath(request.path) }),
    importProgress: async () => imports.progress(),
    cancelImport: async () => ({ cancelled: imports.cancel() }),
    saveMapping: ({ path, mapping }) => saveMapping(cases.resolvePath(path), mapping),
    loadMapping: ({ path }) => loadMapping(cases.resolvePath(path)),
  };
}
