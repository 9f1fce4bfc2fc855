import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../electron/services/store/graph-store';
import { expectError, link as linkOf, one } from './contract-helpers';

/** Two analysts editing one item: the second save, made on an older version, is refused. */
export function versionContract(current: () => GraphStore): void {
  let store: GraphStore;
  beforeEach(() => {
    store = current();
  });

  describe('edits on a version that is no longer stored', () => {
    it('refuses an entity update made on an older version with CONFLICT naming the item, and keeps the stored one', async () => {
      const wang = await one(store, { type: 'Person', label: 'Wang Wei' });
      // Both analysts opened this version; the first saves.
      const first = await store.updateEntity(wang.id, { notes: 'first' }, wang.updatedAt);
      const refused = await expectError(
        store.updateEntity(wang.id, { notes: 'second' }, wang.updatedAt),
        'CONFLICT',
      );
      expect(refused.message).toMatch(/“Wang Wei” was changed by .* after you opened it/);
      expect((await store.getEntities([wang.id]))[0]?.notes).toBe('first');
      // Edited again on the version now stored, it goes through.
      expect((await store.updateEntity(wang.id, { notes: 'second' }, first.updatedAt)).notes).toBe('second');
      // Without a version, as the CLI and imports write, nothing is checked.
      expect((await store.updateEntity(wang.id, { notes: 'third' })).notes).toBe('third');
    });

    it('refuses a link update made on an older version', async () => {
      const ann = await one(store, { type: 'Person', label: 'Ann' });
      const kaiyo = await one(store, { type: 'Company', label: 'Kaiyo' });
      const link = await linkOf(store, 'EMPLOYED_BY', ann, kaiyo);
      await store.updateLink(link.id, { notes: 'first' }, link.updatedAt);
      await expectError(store.updateLink(link.id, { notes: 'second' }, link.updatedAt), 'CONFLICT');
      expect((await store.getLinks([link.id]))[0]?.notes).toBe('first');
    });
  });
}
