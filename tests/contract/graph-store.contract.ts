import { afterEach, beforeEach, describe } from 'vitest';
import type { GraphStore } from '../../electron/services/store/graph-store';
import { chartContract } from './contract-charts';
import { degreeContract } from './contract-degrees';
import { historyContract } from './contract-history';
import { versionContract } from './contract-versions';
import { importContract } from './contract-import';
import { markingContract } from './contract-marking';
import { nameContract } from './contract-names';
import { patternContract } from './contract-patterns';
import { queryContract } from './contract-queries';
import { pathContract } from './contract-paths';
import { sourceContract } from './contract-sources';
import { transferContract } from './contract-transfer';
import { writeContract } from './contract-writes';

export type StoreFactory = () => Promise<{ store: GraphStore; cleanup: () => Promise<void> }>;

/**
 * The one suite every GraphStore passes: the case file today, Neo4j later. It speaks only
 * through the GraphStore port and assumes the built-in types of graph-schema/types.
 */
export function describeGraphStoreContract(name: string, makeStore: StoreFactory): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    let cleanup: () => Promise<void>;

    beforeEach(async () => {
      ({ store, cleanup } = await makeStore());
    });
    afterEach(async () => {
      await cleanup();
    });

    writeContract(() => store);
    queryContract(() => store);
    pathContract(() => store);
    nameContract(() => store);
    degreeContract(() => store);
    versionContract(() => store);
    transferContract(() => store);
    importContract(() => store);
    chartContract(() => store);
    markingContract(() => store);
    patternContract(() => store);
    sourceContract(() => store);
    historyContract(() => store);
  });
}
