import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSchema } from '../../electron/services/schema/load-types';
import { createCaseFile } from '../../electron/services/store/sqlite';
import { SchemaIndex } from '../../graph-schema/model/schema';
import { describeGraphStoreContract } from './graph-store.contract';

const schema = new SchemaIndex(loadSchema());

describeGraphStoreContract('SQLite case file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'plexus-contract-'));
  const store = await createCaseFile(join(dir, 'contract.plexus'), { actor: 'contract-test', schema });
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
