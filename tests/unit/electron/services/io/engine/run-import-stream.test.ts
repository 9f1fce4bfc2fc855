import { describe, expect, it } from 'vitest';
import { runImport, type RunImportOptions } from '../../../../../../electron/services/io/engine';
import type { ImportRecord } from '../../../../../../electron/services/io/types';
import { PlexusError } from '../../../../../../graph-schema/model/errors';
import {
  allEntities,
  allLinks,
  eachTestFixture,
  entity,
  fixture,
  importOptions,
  link,
  stream,
} from './engine-fixtures';

/** Imports larger than one batch: written as read, inside one transaction. */
const f = eachTestFixture();

const options = (more: Partial<RunImportOptions> = {}): RunImportOptions =>
  importOptions(f, { match: 'never', batchSize: 3, ...more });

function people(from: number, count: number): ImportRecord[] {
  return Array.from({ length: count }, (_, i) =>
    entity(from + i, `p${from + i}`, { type: 'Person', label: `Person ${from + i}` }),
  );
}

describe('runImport over several batches', () => {
  it('leaves the case unchanged when cancelled after some batches were written', async () => {
    await f.store.createEntities([{ id: 'kept', type: 'Person', label: 'Already here' }]);
    const controller = new AbortController();
    let midway: number | undefined;
    const store = f.store;
    async function* rows(): AsyncIterable<ImportRecord> {
      for (const record of people(2, 10)) yield record;
      yield link(12, 'p2', 'p3', { type: 'ASSOCIATE_OF' });
      // Reads see the open transaction: batches are in the store before the cancel.
      midway = (await store.counts()).entityCount;
      controller.abort();
      yield* people(13, 4);
    }
    const error = await runImport(store, rows(), options({ signal: controller.signal })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PlexusError);
    expect(error).toMatchObject({
      code: 'CANCELLED',
      message: 'people.csv: import cancelled; the case is unchanged',
    });
    expect(midway).toBeGreaterThan(1);
    expect(await store.counts()).toMatchObject({ entityCount: 1, linkCount: 0 });
    expect((await allEntities(store)).map((e) => e.id)).toEqual(['kept']);
    await store.createEntities([{ type: 'Person', label: 'Writable again' }]);
  });

  it('gives the same report and records as one batch would: later facts, late keys, rejects in order', async () => {
    const records: ImportRecord[] = [
      link(2, 'p3', 'late', { type: 'ASSOCIATE_OF' }),
      ...people(3, 7),
      link(10, 'p3', 'p4', { type: 'ASSOCIATE_OF' }),
      link(11, 'p3', 'ghost', { type: 'ASSOCIATE_OF' }),
      link(12, 'p3', 'p4', { type: 'COMMUNICATED_WITH', props: { count: -1 } }),
      entity(13, 'p3', { type: 'Person', label: 'P. Three', validFrom: '2001', notes: 'seen again' }),
      entity(14, 'p3', { type: 'Organization', label: 'Person 3' }),
      entity(15, 'late', { type: 'Person', label: 'Late Comer' }),
    ];
    const streamed = await runImport(f.store, stream(records), options());
    const streamedEntities = await allEntities(f.store);
    const streamedLinks = await allLinks(f.store);
    const other = await fixture();
    try {
      const single = await runImport(
        other.store,
        stream(records),
        options({ file: other.file, batchSize: 1_000 }),
      );
      expect(streamed).toEqual(single);
      // Ids and clocks differ between the two runs; everything else must not.
      const strip = (items: readonly { id: string; createdAt: string; updatedAt: string }[]) =>
        items.map(({ id: _id, createdAt: _c, updatedAt: _u, ...rest }) => JSON.stringify(rest));
      expect(strip(streamedEntities)).toEqual(strip(await allEntities(other.store)));
      expect(strip(streamedLinks).length).toBe((await allLinks(other.store)).length);
    } finally {
      await other.remove();
    }
    expect(streamed.created).toEqual({ entities: 8, links: 2 });
    expect(streamed.rejected.map((r) => r.place.line)).toEqual([11, 12]);
    const three = streamedEntities.find((e) => e.label === 'Person 3');
    expect(three).toMatchObject({ aliases: ['P. Three'], validFrom: '2001' });
    expect(three?.notes.split('\n')).toEqual(['seen again', 'also reported (line 14): type = Organization']);
  });
});
