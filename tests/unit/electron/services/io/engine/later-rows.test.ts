import { describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_GRADING } from '../../../../../../graph-schema/contract/io';
import { prepareEntity } from '../../../../../../graph-schema/model/validate';
import { FileEntities } from '../../../../../../electron/services/io/engine/file-entities';
import { KeyRefs } from '../../../../../../electron/services/io/engine/key-refs';
import {
  BARE,
  firstRow,
  LaterRows,
  sameAsFirst,
} from '../../../../../../electron/services/io/engine/later-rows';
import { schema } from './engine-fixtures';

const at = (line: number) => ({ file: 'people.csv', line });

/** What a batch handed out for an entity's first row. */
function draft(key: string, id: string, input: Record<string, unknown>) {
  const entities = new FileEntities(schema, DEFAULT_IMPORT_GRADING);
  entities.add(key, input, prepareEntity(schema, input), at(2));
  const entity = entities.get(key);
  if (!entity) throw new Error(`no ${key}`);
  return entities.draftOf(entity, id);
}

describe('LaterRows', () => {
  it('keeps nothing of a bare first row and compares a later row field by field', () => {
    const bare = firstRow({ type: 'Person', label: 'k1' }, 'k1', 'Person');
    expect(bare).toBe(BARE);
    expect(sameAsFirst(bare, { type: 'Person', label: 'k1', props: {} }, 'k1', 'Person')).toBe(true);
    expect(sameAsFirst(bare, { type: 'Person', label: 'Ada' }, 'k1', 'Person')).toBe(false);
    const full = firstRow({ type: 'Person', label: 'Ada' }, 'k2', 'Person');
    expect(sameAsFirst(full, { type: 'Person', label: 'Ada' }, 'k2', 'Person')).toBe(true);
    const later = new LaterRows();
    later.keepFirst('k1', bare);
    later.keepFirst('k2', full);
    expect(later.firstOf('k1')).toBe(BARE);
    expect(later.firstOf('k2')).toBe(full);
  });

  it('merges later rows into the last batch in place, else as updates; never into the case', () => {
    const refs = new KeyRefs();
    refs.created('hani', 'e-1', 'Person');
    refs.created('vera', 'e-2', 'Person');
    refs.created('gone', 'e-3', 'Person');
    refs.matched('case', 'c-9', 'Person');
    const later = new LaterRows();
    later.keepFirst('hani', firstRow({ type: 'Person', label: 'Hani Hanjour' }, 'hani', 'Person'));
    later.add('hani', { type: 'Person', label: 'H. Hanjour' }, at(7));
    later.add('vera', { type: 'Person', label: 'Vera', notes: 'pilot' }, at(8));
    later.add('gone', { type: 'Person', label: 'Gone' }, at(9));
    later.delete('gone');
    later.add('case', { type: 'Person', label: 'Other' }, at(10));
    const last = [draft('hani', 'e-1', { type: 'Person', label: 'Hani Hanjour' })];

    const updates = later.merges(last, refs, schema, DEFAULT_IMPORT_GRADING);

    expect(last[0]).toMatchObject({ id: 'e-1', label: 'Hani Hanjour', aliases: ['H. Hanjour'] });
    expect(updates).toHaveLength(1);
    expect(updates[0]?.id).toBe('e-2');
    expect(updates[0]?.patch).toMatchObject({ label: 'vera', aliases: ['Vera'], notes: 'pilot' });
    expect(later.merges([], refs, schema, DEFAULT_IMPORT_GRADING)).toEqual([]);
  });
});
