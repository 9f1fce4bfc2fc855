import { loadSchema } from '../../../electron/services/schema/load-types';
import { createCaseFile } from '../../../electron/services/store/sqlite';
import { SchemaIndex } from '../../../graph-schema/model/schema';

/**
 * Eight associates; every link graded B2 but Doi–Hara, graded D4 (the graph of the contract
 * tests, tests/contract/contract-paths.ts). The three shortest paths from Aoki to Hara are
 * Aoki–Baba–Doi–Hara, Aoki–Chiba–Doi–Hara (both through the D4 link) and Aoki–Chiba–Goto–Hara.
 */
const PEOPLE: Record<string, string> = {
  a: 'Aoki Akira',
  b: 'Baba Bunta',
  c: 'Chiba Chie',
  d: 'Doi Daisuke',
  e: 'Endo Emi',
  f: 'Fujita Fumio',
  g: 'Goto Gen',
  h: 'Hara Haruka',
};
const EDGES = ['ab', 'ac', 'bd', 'cd', 'dh', 'be', 'ef', 'fh', 'cg', 'gh', 'eg'];

export async function makePathsCase(path: string): Promise<void> {
  const store = await createCaseFile(path, { actor: 'e2e', schema: new SchemaIndex(loadSchema()) });
  try {
    await store.createEntities(Object.entries(PEOPLE).map(([id, label]) => ({ id, type: 'Person', label })));
    await store.createLinks(
      EDGES.map((pair) => ({
        type: 'ASSOCIATE_OF',
        source: pair[0] ?? '',
        target: pair[1] ?? '',
        confidence: 'confirmed',
        ...(pair === 'dh' ? { reliability: 'D', credibility: '4' } : { reliability: 'B', credibility: '2' }),
      })),
    );
  } finally {
    await store.close();
  }
}
