import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../electron/services/store/graph-store';
import { buildNetwork } from './contract-helpers';

/** Links per entity in the whole store: what ranks a hub's neighbours "most linked first". */
export function degreeContract(current: () => GraphStore): void {
  let store: GraphStore;
  beforeEach(() => {
    store = current();
  });

  describe('degrees', () => {
    it('counts every link of each entity, both ways, and leaves unknown ids out', async () => {
      const net = await buildNetwork(store);
      expect(await store.degrees([net.a.id, net.c1.id, net.d.id, net.e.id, 'nobody'])).toEqual({
        [net.a.id]: 3,
        [net.c1.id]: 2,
        [net.d.id]: 3,
        [net.e.id]: 1,
      });
      expect(await store.degrees([])).toEqual({});
    });
  });
}
