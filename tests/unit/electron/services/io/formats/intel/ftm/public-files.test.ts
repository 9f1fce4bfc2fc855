import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createFtmImporter } from '../../../../../../../../electron/services/io/formats/intel/ftm/importer';
import { countBy, freshCase, PUBLIC_DIR, publicPresent, readAll, storeRecords, tempDir } from '../helpers';

const importer = createFtmImporter();
let dir: string;
beforeAll(() => {
  dir = tempDir('plexus-ftm-public-');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/*
 * Counts checked by hand with python3 over the files:
 *   rows = [json.loads(l) for l in open(f) if l.strip()]; Counter(r['schema'] for r in rows)
 * and, for links, the edge schemata's source x target pairs, the values of addressEntity /
 * Sanction.entity / Passport.holder, and which of those ids are not an `id` in the file.
 */
describe.skipIf(!publicPresent)('FtM public files', () => {
  it('yente-zala_entities.ftm.json: 91 rows, every mapping valid in a real case', async () => {
    // Person 6, Company 11, Address 11, Sanction 41, Passport 1; Ownership 14, Family 4, Directorship 3.
    const { entities, links, rejects } = await readAll(
      importer,
      join(PUBLIC_DIR, 'yente-zala_entities.ftm.json'),
    );
    expect(rejects).toEqual([]);
    expect(countBy(entities, (e) => String(e.input.type))).toEqual({
      Person: 6,
      Company: 11,
      Location: 11,
      Document: 41,
      Identifier: 1,
    });
    // addressEntity: Company 20 + Person 7; Sanction.entity 41; Passport.holder 1.
    expect(countBy(links, (l) => String(l.input.type))).toEqual({
      OWNS: 14,
      FAMILY_OF: 4,
      OFFICER_OF: 3,
      LOCATED_AT: 27,
      MENTIONED_IN: 41,
      USES: 1,
    });
    const store = await freshCase(dir, 'zala');
    // 16 addressEntity values (Company 10, Person 6) name addresses the file does not hold.
    expect(await storeRecords(store, entities, links)).toEqual({ missingEnds: 16 });
    expect((await store.counts()).linkCount).toBe(90 - 16);
    await store.close();
  });

  it('nomenklatura_donations.ijson: 474 rows, payments with amounts and dates', async () => {
    // Payment 290, Address 89, Company 56, Person 22, Organization 17; addressEntity 69 + 24 + 10.
    const { entities, links, rejects } = await readAll(
      importer,
      join(PUBLIC_DIR, 'nomenklatura_donations.ijson'),
    );
    expect(rejects).toEqual([]);
    expect(countBy(entities, (e) => String(e.input.type))).toEqual({
      Organization: 17,
      Location: 89,
      Person: 22,
      Company: 56,
    });
    expect(countBy(links, (l) => String(l.input.type))).toEqual({ PAID: 290, LOCATED_AT: 103 });
    const paid = links.filter((l) => l.input.type === 'PAID');
    expect(paid.every((l) => typeof (l.input.props as Record<string, unknown>).amount === 'number')).toBe(
      true,
    );
    expect(paid.every((l) => typeof l.input.validFrom === 'string')).toBe(true);
    const store = await freshCase(dir, 'donations');
    expect(await storeRecords(store, entities, links)).toEqual({ missingEnds: 0 });
    expect(await store.counts()).toMatchObject({ entityCount: 184, linkCount: 393 });
    await store.close();
  });
});
