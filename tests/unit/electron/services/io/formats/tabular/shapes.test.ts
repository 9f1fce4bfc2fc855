import { afterAll, describe, expect, it } from 'vitest';
import { csvImporter, tsvImporter } from '../../../../../../../electron/services/io/formats/tabular/index';
import { firstPerKey, readAll, schema, split, tempDir, validateRecords } from './helpers';

const tmp = tempDir();
afterAll(() => tmp.done());

describe('entities shape', () => {
  const people = tmp.write(
    'people.csv',
    [
      'id,name,kind,aka,nationality,born,remark,Phone',
      'P1,  Zhang  Wei ,person,Wei Z; ZW | Zhang W,CN,1980-04,"said ""hello"", left",+86 10 5555',
      '',
      'P2,"Acme, Ltd.",organization,,,,"two',
      'lines",',
      'P3,Ali,People,,,,,',
      'P3,Ali,People,,,,other fact,',
    ].join('\n'),
  );
  const mapping = {
    shape: 'entities',
    entity: {
      key: 'id',
      label: 'name',
      type: { column: 'kind' },
      aliases: 'aka',
      fields: { nationality: 'props.nationality', born: 'props.dateOfBirth', remark: 'notes' },
    },
  } as const;

  it('reads one entity per row: type matched by name or plural, aliases split, fields coerced', async () => {
    const records = await readAll(csvImporter, people, mapping);
    const { entities, rejects } = split(records);
    expect(rejects).toEqual([]);
    expect(entities[0]).toEqual({
      kind: 'entity',
      key: 'P1',
      input: {
        type: 'Person',
        label: 'Zhang Wei',
        aliases: ['Wei Z', 'ZW', 'Zhang W'],
        props: { nationality: 'CN', dateOfBirth: '1980-04' },
        // The unmapped Phone column is kept as a notes line, never dropped.
        notes: 'said "hello", left\nPhone: +86 10 5555',
      },
      place: { file: 'people.csv', line: 2 },
    });
  });

  it('keeps quoted commas and newlines in their field and numbers rows by their first line', async () => {
    const { entities } = split(await readAll(csvImporter, people, mapping));
    expect(entities[1]).toMatchObject({
      key: 'P2',
      input: { type: 'Organization', label: 'Acme, Ltd.', notes: 'two\nlines' },
      place: { line: 4 },
    });
    expect(entities.map((e) => e.place.line)).toEqual([2, 4, 6, 7]);
  });

  it('keeps both rows of a duplicated key that carry different values', async () => {
    const { entities } = split(await readAll(csvImporter, people, mapping));
    const ali = entities.filter((e) => e.key === 'P3');
    expect(ali.map((e) => e.input.notes)).toEqual([undefined, 'other fact']);
    expect(validateRecords(schema, [ali[0]!]).failures).toEqual([]);
  });

  it('rejects a row with an unknown type, naming file, line, column, value and the allowed types', async () => {
    const path = tmp.write('bad-type.csv', 'name,type\nAlice,person\nBob,Spaceship\n,person\n');
    const records = await readAll(csvImporter, path, {
      shape: 'entities',
      entity: { label: 'name', type: { column: 'type' } },
    });
    const { entities, rejects } = split(records);
    expect(entities.map((e) => e.key)).toEqual(['Alice']);
    expect(rejects[0]).toEqual({
      kind: 'reject',
      place: { file: 'bad-type.csv', line: 3, field: 'type' },
      message: expect.stringMatching(
        /^bad-type\.csv line 3: type: unknown entity type "Spaceship" \(allowed: Asset, Company, .*Person/,
      ) as string,
      // The same as a code, for the UI's words (a Japanese report).
      reason: {
        code: 'unknownTypeWord',
        field: 'type',
        params: {
          what: 'entity',
          word: 'Spaceship',
          allowed: expect.stringMatching(/^Asset, Company, .*Person/) as string,
        },
      },
    });
    expect(rejects[1]).toMatchObject({ reason: { code: 'nameEmpty', field: 'name' } });
    expect(rejects[1]?.message).toBe('bad-type.csv line 4: name: the name is empty');
  });

  it('refuses a mapping that names a column the file lacks, listing the columns', async () => {
    const path = tmp.write('cols.csv', 'name,type\nAlice,Person\n');
    await expect(
      readAll(csvImporter, path, { shape: 'entities', entity: { label: 'Name ', type: { column: 'kind' } } }),
    ).rejects.toThrow(
      'cols.csv: mapping entity.type: names column "kind", not in the file (columns: name, type)',
    );
    await expect(
      readAll(csvImporter, path, {
        shape: 'entities',
        entity: { label: 'name', type: { fixed: 'Starship' } },
      }),
    ).rejects.toThrow(/mapping entity\.type: unknown type "Starship"/);
  });
});

describe('links shape', () => {
  it('reads one link per row by the two key columns; the type matched by its label, mapped, or generic', async () => {
    const path = tmp.write(
      'links.tsv',
      'from\tto\trel\tsince\tpos\textra\nP1\tC1\temployed by\t2019\tengineer\tx\nP1\tC1\tEmployed_By\t2021\tmanager\t\nP1\tC1\tlikes\t\t\t\nP1\tC1\tOwnership\t\t\t\nP1\tC1\t\t\t\t\n',
    );
    const records = await readAll(tsvImporter, path, {
      shape: 'links',
      sourceKey: 'from',
      targetKey: 'to',
      link: {
        type: { column: 'rel', values: { ownership: 'OWNS' } },
        fields: { since: 'validFrom', pos: 'position' },
      },
    });
    const { links, rejects } = split(records);
    expect(rejects).toEqual([]);
    expect(links).toEqual([
      {
        kind: 'link',
        sourceKey: 'P1',
        targetKey: 'C1',
        input: { type: 'EMPLOYED_BY', validFrom: '2019', props: { position: 'engineer' }, notes: 'extra: x' },
        place: { file: 'links.tsv', line: 2 },
      },
      expect.objectContaining({
        input: { type: 'EMPLOYED_BY', validFrom: '2021', props: { position: 'manager' } },
      }),
      // A word nothing matches: the generic link, the word kept as its type in the file.
      expect.objectContaining({ input: { type: 'LINKED_TO', props: { sourceType: 'likes' } } }),
      // A word the analyst mapped (case aside): that type, the word in the notes.
      expect.objectContaining({ input: { type: 'OWNS', props: {}, notes: 'type: Ownership' } }),
      // No type given at all: the generic link.
      expect.objectContaining({ input: { type: 'LINKED_TO', props: {} } }),
    ]);
  });
});

describe('link-rows shape', () => {
  it('describes both ends: one entity per key, a name with two types kept as two', async () => {
    const path = tmp.write(
      'rows.csv',
      'A type,A,B type,B,how\nPerson,Ann ,Organization,Acme,member\nperson,Ann,Organization,Acme,again\nOrganization,Ann,Organization,Acme,x\n',
    );
    const records = await readAll(csvImporter, path, {
      shape: 'link-rows',
      source: { type: { column: 'A type' }, label: 'A' },
      target: { type: { column: 'B type' }, label: 'B' },
      link: { type: { fixed: 'MEMBER_OF' }, fields: { how: 'label' } },
    });
    const { links } = split(records);
    const entities = firstPerKey(split(records).entities);
    expect(entities.map((e) => [e.key, e.input.type])).toEqual([
      ['Ann', 'Person'],
      ['Acme', 'Organization'],
      ['Ann [Organization]', 'Organization'],
    ]);
    expect(links.map((l) => [l.sourceKey, l.targetKey, l.input.label])).toEqual([
      ['Ann', 'Acme', 'member'],
      ['Ann', 'Acme', 'again'],
      ['Ann [Organization]', 'Acme', 'x'],
    ]);
    expect(validateRecords(schema, records).failures).toEqual([]);
  });
});

describe('edge-list shape', () => {
  it('reads headerless rows with no final newline; repeated pairs stay separate links', async () => {
    const path = tmp.write('edges.txt', 'Ann,Bob,5,1\nBob ,Cy,3\nAnn,Bob,1,2');
    const records = await readAll(csvImporter, path, {
      shape: 'edge-list',
      entityType: 'person',
      link: { type: { fixed: 'COMMUNICATED_WITH' } },
    });
    const { links } = split(records);
    const entities = firstPerKey(split(records).entities);
    expect(entities.map((e) => e.key)).toEqual(['Ann', 'Bob', 'Cy']);
    // COMMUNICATED_WITH has one number property: the weight goes there.
    expect(links.map((l) => [l.sourceKey, l.targetKey, l.input.props, l.input.notes])).toEqual([
      ['Ann', 'Bob', { count: 5 }, 'Column 4: 1'],
      ['Bob', 'Cy', { count: 3 }, undefined],
      ['Ann', 'Bob', { count: 1 }, 'Column 4: 2'],
    ]);
    const preview = await csvImporter.preview!(path, undefined, 10);
    expect(preview.columns).toEqual(['Ann', 'Bob', '5', '1']);
    const headerless = await csvImporter.preview!(path, { shape: 'edge-list', header: true }, 2);
    expect(headerless).toMatchObject({
      sheets: [],
      columns: ['Column 1', 'Column 2', 'Column 3', 'Column 4'],
      rows: [
        ['Ann', 'Bob', '5', '1'],
        ['Bob ', 'Cy', '3'], // the preview shows cells as the file has them
      ],
      formulaCells: 0,
    });
    // Every row read beyond the two shown, for each column's distinct values (trimmed).
    expect(headerless.scannedRows).toBeGreaterThan(2);
    expect(headerless.values[0]).toEqual(['Ann', 'Bob']);
  });
});

describe('matrix shape', () => {
  it('reads column and row entities; an undirected tie given both ways with one value is one link', async () => {
    const path = tmp.write('m.csv', ',A,B,C*\nA,0,1,2\nB,1,0,\nC*,2,,1\n');
    const records = await readAll(csvImporter, path, {
      shape: 'matrix',
      entityType: 'Person',
      link: { type: { fixed: 'FAMILY_OF' } },
    });
    const { entities, links, rejects } = split(records);
    expect(entities.map((e) => [e.key, e.input.notes])).toEqual([
      ['A', undefined],
      ['B', undefined],
      ['C', 'marked * in the source'],
    ]);
    expect(links.map((l) => [l.sourceKey, l.targetKey, l.input.notes])).toEqual([
      ['A', 'B', 'weight: 1'],
      ['A', 'C', 'weight: 2'],
    ]);
    expect(rejects.map((r) => r.place)).toEqual([{ file: 'm.csv', line: 4, field: 'C*' }]);
  });

  it('keeps both directions when the values differ', async () => {
    const path = tmp.write('m2.csv', ',A,B\nA,0,1\nB,3,0\n');
    const { links } = split(
      await readAll(csvImporter, path, {
        shape: 'matrix',
        entityType: 'Person',
        link: { type: { fixed: 'FAMILY_OF' } },
      }),
    );
    expect(links.map((l) => [l.sourceKey, l.targetKey])).toEqual([
      ['A', 'B'],
      ['B', 'A'],
    ]);
  });
});

describe('read options', () => {
  it('reports rows read and stops when the signal is aborted', async () => {
    const lines = ['name,type', ...Array.from({ length: 2500 }, (_, i) => `N${i},Person`)];
    const path = tmp.write('many.csv', lines.join('\n'));
    const mapping = {
      shape: 'entities',
      header: true,
      entity: { label: 'name', type: { column: 'type' }, fields: {} },
    } as const;
    const seen: number[] = [];
    let count = 0;
    for await (const _ of csvImporter.read(path, { schema, mapping, onRows: (n) => seen.push(n) })) count++;
    expect(count).toBe(2500);
    expect(seen).toEqual([1000, 2000, 2500]);
    const controller = new AbortController();
    let read = 0;
    for await (const _ of csvImporter.read(path, { schema, mapping, signal: controller.signal })) {
      if (++read === 10) controller.abort();
    }
    expect(read).toBe(10);
  });

  it('refuses to read without a mapping', async () => {
    const path = tmp.write('nomap.csv', 'a,b\n1,2\n');
    const run = async () => {
      for await (const _ of csvImporter.read(path, { schema })) void _;
    };
    await expect(run()).rejects.toThrow('nomap.csv: a tabular file needs a column mapping');
  });
});
