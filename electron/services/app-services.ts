import { SchemaIndex, type Schema } from '../../graph-schema/model/schema';
import { createCaseService, type CaseBackend } from './cases';
import { RecentCases } from './cases/recent';
import {
  createConnectionService,
  createMemorySecretStore,
  type ConnectionService,
  type SecretStore,
  type ServerBackend,
} from './connections';
import { generateDemoCase } from './demo';
import { createImportService } from './io/import-service';
import { osUser } from './actor';
import { loadHistoryKey } from './history-key';
import { fileWitness } from './store/history/witness';
import { defaultCasesDir } from './paths';
import { loadSchema } from './schema/load-types';
import {
  changeCaseEncryption,
  checkPassphrase,
  createCaseFile,
  isEncryptedCaseFile,
  openCaseFile,
  removeCaseFile,
} from './store/sqlite';
import { openNeo4jStore, testNeo4j } from './store/neo4j';
import { CaseHolds, createSessionRegistry, type SessionRegistry, type SessionTimes } from './sessions';

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
  /** How long an idle or let-go window session is kept; tests shorten them. */
  sessionTimes?: SessionTimes;
}

/** Everything both shells (Electron and browser mode) and the CLI serve from. */
export interface AppServices {
  schema: Schema;
  index: SchemaIndex;
  /** Where bare case names land; the same for every window. */
  casesDir: string;
  recent: RecentCases;
  connections: ConnectionService;
  /** One per window or tab: its open case, its import, its queries. Nothing else is per case. */
  sessions: SessionRegistry;
  close(): Promise<void>;
}

const caseFileBackend: CaseBackend = {
  createCaseFile,
  openCaseFile,
  generateDemoCase: (store) => generateDemoCase(store),
  removeCaseFile,
  isEncryptedCaseFile,
  checkPassphrase,
  changeCaseEncryption,
};

export function createAppServices(options: AppServicesOptions): AppServices {
  const schema = options.schema ?? loadSchema();
  const index = new SchemaIndex(schema);
  const actor = options.actor ?? osUser();
  const casesDir = options.casesDir ?? defaultCasesDir(options.home);
  const recent = new RecentCases(options.home);
  const holds = new CaseHolds();
  const historyKey = loadHistoryKey(options.home);
  const sessions = createSessionRegistry({
    create: (holder) => ({
      cases: createCaseService({
        recent,
        holds,
        holder,
        casesDir,
        actor,
        index,
        backend: caseFileBackend,
        historyKey,
      }),
      imports: createImportService({ schema: index }),
    }),
    ...(options.sessionTimes ? { times: options.sessionTimes } : {}),
  });
  const server: ServerBackend = options.server ?? {
    test: (config) => testNeo4j(config),
    open: (config, { prepareSchema }) =>
      // The witness: the server's history head this profile last wrote or checked (README: evidence).
      openNeo4jStore(config, { actor, schema: index, prepareSchema, witness: fileWitness(options.home) }),
  };
  const connections = createConnectionService({
    home: options.home,
    secrets: options.secrets ?? createMemorySecretStore(),
    server,
  });
  return {
    schema,
    index,
    casesDir,
    recent,
    connections,
    sessions,
    close: () => sessions.closeAll(),
  };
}
