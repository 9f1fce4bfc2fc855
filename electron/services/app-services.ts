import { SchemaIndex, type Schema } from '../../graph-schema/model/schema';
import { createCaseService, type CaseBackend, type CaseService } from './cases';
import {
  createConnectionService,
  createMemorySecretStore,
  type ConnectionService,
  type SecretStore,
  type ServerBackend,
} from './connections';
import { generateDemoCase } from './demo';
import { createImportService, type ImportService } from './io/import-service';
import { osUser } from './actor';
import { defaultCasesDir } from './paths';
import { loadSchema } from './schema/load-types';
import { createCaseFile, openCaseFile, removeCaseFile } from './store/sqlite';
import { openNeo4jStore, testNeo4j } from './store/neo4j';

export interface AppServicesOptions {
  /** Settings, the recent-cases list and saved connections. */
  home: string;
  casesDir?: string;
  /** Written into created/updated-by; the OS user unless given. */
  actor?: string;
  schema?: Schema;
  /** Connection passwords: the OS keychain in the desktop app, memory elsewhere (the default). */
  secrets?: SecretStore;
  /** The Neo4j adapter; tests give a fake to open other stores as "servers". */
  server?: ServerBackend;
}

/** Everything both shells (Electron and browser mode) and the CLI serve from. */
export interface AppServices {
  schema: Schema;
  index: SchemaIndex;
  cases: CaseService;
  connections: ConnectionService;
  /** The one import running at a time, its progress and cancel. */
  imports: ImportService;
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
  const actor = options.actor ?? osUser();
  const cases = createCaseService({
    home: options.home,
    casesDir: options.casesDir ?? defaultCasesDir(options.home),
    actor,
    index,
    backend: caseFileBackend,
  });
  const server: ServerBackend = options.server ?? {
    test: (config) => testNeo4j(config),
    open: (config, { prepareSchema }) => openNeo4jStore(config, { actor, schema: index, prepareSchema }),
  };
  const connections = createConnectionService({
    home: options.home,
    secrets: options.secrets ?? createMemorySecretStore(),
    server,
  });
  return {
    schema,
    index,
    cases,
    connections,
    imports: createImportService({ schema: index }),
    close: async () => {
      await cases.close();
    },
  };
}
