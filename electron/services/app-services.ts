import { SchemaIndex, type Schema } from '../../graph-schema/model/schema';
import { createCaseService, type CaseBackend, type CaseService } from './cases';
import { generateDemoCase } from './demo';
import { osUser } from './actor';
import { defaultCasesDir } from './paths';
import { loadSchema } from './schema/load-types';
import { createCaseFile, openCaseFile, removeCaseFile } from './store/sqlite';

export interface AppServicesOptions {
  /** Settings and the recent-cases list. */
  home: string;
  casesDir?: string;
  /** Written into created/updated-by; the OS user unless given. */
  actor?: string;
  schema?: Schema;
}

/** Everything both shells (Electron and browser mode) and the CLI serve from. */
export interface AppServices {
  schema: Schema;
  index: SchemaIndex;
  cases: CaseService;
  close(): Promise<void>;
}

const caseFileBackend: CaseBackend = {
  createCaseFile,
  openCaseFile,
  generateDemoCase: (store) => generateDemoCase(store),
  removeCaseFile,
};

export function createAppServices(options: AppServicesOptions): AppServices {
  const schema = options.schema ?? loadSchema();
  const index = new SchemaIndex(schema);
  const cases = createCaseService({
    home: options.home,
    casesDir: options.casesDir ?? defaultCasesDir(options.home),
    actor: options.actor ?? osUser(),
    index,
    backend: caseFileBackend,
  });
  return {
    schema,
    index,
    cases,
    close: async () => {
      await cases.close();
    },
  };
}
