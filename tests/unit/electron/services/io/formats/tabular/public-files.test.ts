import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvImporter, suggestMapping } from '../../../../../../../electron/services/io/formats/tabular/index';
import { firstPerKey, hasPublic, PUBLIC_DIR, readAll, schema, split, validateRecords } from './helpers';

/**
 * Counts below were checked by hand with Python's csv module on the files themselves
 * (utf-8-sig decoding, names whitespace-collapsed like cleanText); the method is noted per test.
 */
const file = (name: string) => join(PUBLIC_DIR, name);

describe.skipIf(!hasPublic)('public files (../shared/data/public)', () => {
  describe('UCINET 9/11 hijackers and associates matrix', () => {
    const path = file('ucinet_9_11_HIJACKERS_ASSOCIATES.csv');
    const mapping = (type: string) =>
      ({ shape: 'matrix', entityType: 'Person', link: { type: { fixed: type } } }) as const;

    // Python: 61 header names after the empty corner, row labels equal the column labels in
    // order; 199 cells are non-zero ('1'), one on the diagonal (row 32 = file line 33, Rayed
    // Mohammed Abdullah); 64 of the 198 off-diagonal ties have no reverse, so 67 pairs are
    // mutual: 67 + 64 = 131 undirected ties. One empty cell (row Djamal Benghal).
    it('reads 61 entities, 131 undirected ties, the self-tie rejected with its line', async () => {
      const records = await readAll(csvImporter, path, mapping('ASSOCIATE_OF'));
      const { entities, links, rejects } = split(records);
      expect(entities).toHaveLength(61);
      expect(links).toHaveLength(131);
      expect(rejects).toHaveLength(1);
      expect(rejects[0]?.place).toEqual({
        file: 'ucinet_9_11_HIJACKERS_ASSOCIATES.csv',
        line: 33,
        field: 'Rayed Mohammed Abdullah',
      });
      expect(rejects[0]?.message).toMatch(/line 33: .*to itself/);
      // The same as a code, for the UI's words (a Japanese report).
      expect(rejects[0]).toMatchObject({
        reason: { code: 'tieToItself', params: { name: 'Rayed Mohammed Abdullah' } },
      });
      const checked = validateRecords(schema, records);
      expect(checked.failures).toEqual([]);
      expect(checked.entities).toHaveLength(61);
      expect(checked.links).toHaveLength(131);
    });

    it('keeps the two rows labelled Tarek Maaroufi apart and strips the stars into notes', async () => {
      const { entities } = split(await readAll(csvImporter, path, mapping('ASSOCIATE_OF')));
      const tarek = entities.filter((e) => e.input.label === 'Tarek Maaroufi');
      expect(tarek.map((e) => e.key)).toEqual(['Tarek Maaroufi', 'Tarek Maaroufi #2']);
      // Python: four header names end in '*'.
      const starred = entities.filter((e) => String(e.input.notes ?? '').includes('marked * in the source'));
      expect(starred.map((e) => e.input.label)).toEqual([
        'Salem Alhazmi',
        'Saeed Alghamdi',
        'Mohand Alshehri',
        'Abdul Aziz Al-Omari',
      ]);
      expect(entities.some((e) => String(e.input.label).includes('*'))).toBe(false);
    });

    it('keeps every directed cell for a directed type: 198 ties, the value in its number field', async () => {
      const { links } = split(await readAll(csvImporter, path, mapping('PAID')));
      expect(links).toHaveLength(198);
      expect(links[0]?.input.props).toEqual({ amount: 1 });
    });

    it('is recognised as a matrix from its empty corner cell', async () => {
      const preview = await csvImporter.preview!(path, undefined, 3);
      expect(preview.columns[0]).toBe('');
      expect(preview.columns).toHaveLength(62);
      expect(suggestMapping(preview.columns)?.shape).toBe('matrix');
    });
  });

  describe('SNABook 9/11 edge list and attributes', () => {
    // Python: 382 rows (381 newlines, no final one), 4 fields each; 69 distinct names, one
    // with a trailing space ('Mounir El Motassadeq ') and no untrimmed twin; the pair Mohamed
    // Atta -> Essid Sami Ben Khemais appears 3 times; no rows repeat whole.
    it('reads 382 links between 69 people, repeated pairs kept as separate facts', async () => {
      const records = await readAll(csvImporter, file('snabook_9_11_edgelist.txt'), {
        shape: 'edge-list',
        entityType: 'Person',
        link: { type: { fixed: 'ASSOCIATE_OF' } },
      });
      const { links, rejects } = split(records);
      const entities = firstPerKey(split(records).entities);
      expect(rejects).toEqual([]);
      expect(links).toHaveLength(382);
      expect(entities).toHaveLength(69);
      expect(entities.map((e) => e.key)).toContain('Mounir El Motassadeq');
      const atta = links.filter(
        (l) => l.sourceKey === 'Mohamed Atta' && l.targetKey === 'Essid Sami Ben Khemais',
      );
      expect(atta).toHaveLength(3);
      expect(new Set(atta.map((l) => l.input.notes)).size).toBe(3);
      expect(links[0]?.input.notes).toBe('weight: 5\nColumn 4: 1');
      expect(validateRecords(schema, records).failures).toEqual([]);
    });

    // Python: 19 rows `person,group`, 19 distinct people, 4 groups, no final newline.
    it('reads the attribute file as people who are members of four group organizations', async () => {
      const records = await readAll(csvImporter, file('snabook_9_11_attrib.txt'), {
        shape: 'edge-list',
        entityType: 'Person',
        target: { type: { fixed: 'Organization' }, label: 'Column 2' },
        link: { type: { fixed: 'MEMBER_OF' } },
      });
      const { links, rejects } = split(records);
      const entities = firstPerKey(split(records).entities);
      expect(rejects).toEqual([]);
      expect(links).toHaveLength(19);
      expect(entities.filter((e) => e.input.type === 'Person')).toHaveLength(19);
      expect(
        entities
          .filter((e) => e.input.type === 'Organization')
          .map((e) => e.key)
          .sort(),
      ).toEqual(['11_WTC North', '175_WTC South', '77_Pentagon', '93_Penn']);
      const checked = validateRecords(schema, records);
      expect(checked.failures).toEqual([]);
      expect(checked.links.every((l) => l.type === 'MEMBER_OF')).toBe(true);
    });
  });

  describe('BuzzFeed TrumpWorld link rows', () => {
    const path = file('buzzfeed_trumpworld.csv');
    // Python (csv, utf-8-sig): 3380 data rows naming 2669 distinct (type, cleaned name) pairs:
    // 2015 Organization, 640 Person, 14 Federal Agency — a synonym of Organization (the
    // i2 type table), so 2029 Organization; no name is used with two types.
    it('reads 3380 links and 2669 entities, Federal Agency read as Organization', async () => {
      const preview = await csvImporter.preview!(path, undefined, 2);
      const mapping = suggestMapping(preview.columns);
      expect(mapping?.shape).toBe('link-rows');
      const records = await readAll(csvImporter, path, mapping!);
      const { links, rejects } = split(records);
      const entities = firstPerKey(split(records).entities);
      expect(links).toHaveLength(3380);
      expect(entities).toHaveLength(2669);
      expect(entities.filter((e) => e.input.type === 'Organization')).toHaveLength(2029);
      expect(rejects).toEqual([]);
      expect(entities.map((e) => e.key)).toContain('THE STOW COMPANY — HOLLAND, INC.');
      // The free-text connection is the link's label; the source URL lands in notes.
      expect(links[0]?.input).toMatchObject({ type: 'ASSOCIATE_OF', label: 'Ownership' });
      expect(links[0]?.input.notes).toMatch(/^Source\(s\): https:\/\/www\.documentcloud\.org\//);
      const checked = validateRecords(schema, records);
      expect(checked.failures).toEqual([]);
      expect(checked.links).toHaveLength(3380);
    });
  });
});
