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

/** Files in and out of the window's open store; paths resolve like case paths (bare names land in the cases folder). */
export function ioHandlers({ casesDir, index }: AppServices): Pick<Handlers, IoMethods> {
  return {
    listImportFiles: async () => ({ dir: casesDir, files: await listFiles(casesDir, looksImportable) }),
    exportCase: ({ path, format, only }, { cases }) => {
      const store = only ? chartItemsView(cases.current(), only) : cases.current();
      return exportFile(store, cases.resolvePath(path), format, { schema: index });
    },
    previewImport: ({ path, format, mapping }, { cases }) =>
      previewFile(index, cases.resolvePath(path), format, mapping),
    importCase: (request, { cases, imports }) =>
      imports.run(cases.current(), { ...request, path: cases.resolvePath(request.path) }),
    importProgress: async (_, { imports }) => imports.progress(),
    cancelImport: async (_, { imports }) => ({ cancelled: imports.cancel() }),
    saveMapping: ({ path, mapping }, { cases }) => saveMapping(cases.resolvePath(path), mapping),
    loadMapping: ({ path }, { cases }) => loadMapping(cases.resolvePath(path)),
  };
}
