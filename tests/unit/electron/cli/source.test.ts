import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../../../electron/services/schema/load-types';
import { createCaseFile, openCaseFile } from '../../../../electron/services/store/sqlite';
import { SchemaIndex } from '../../../../graph-schema/model/schema';
import type { Citation, Source } from '../../../../graph-schema/model/sources';
import { parsedJson, runCli, type Outcome } from './cli-runner';

/** `plexus source add|list` and `plexus cite`, checked on what the case holds afterwards. */

let dir: string;
let kase: string;
let personId: string;
let documentId: string;
const schema = new SchemaIndex(loadSchema());

const cli = (...args: string[]): Promise<Outcome> =>
  runCli(args, { ...process.env, PLEXUS_HOME: join(dir, 'home'), PLEXUS_DEBUG: '' });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-cli-source-'));
  kase = join(dir, 'evidence.plexus');
  const store = await createCaseFile(kase, { actor: 'analyst', schema });
  const [person, document] = await store.createEntities([
    { type: 'Person', label: '山田 太郎' },
    { type: 'Document', label: '捜査報告書 第3号', props: { published: '2024-03-01' } },
  ]);
  if (!person || !document) throw new Error('no entity');
  personId = person.id;
  documentId = document.id;
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plexus source and cite', () => {
  it('adds a source with a kept file, cites it at B2, and the entity takes the grade', async () => {
    const file = join(dir, 'statement.txt');
    writeFileSync(file, '供述調書');
    const source = parsedJson<Source>(
      await cli(
        'source',
        'add',
        '--case',
        kase,
        '--title',
        '供述調書',
        '--date',
        '2024-03',
        '--file',
        file,
        '--store',
        '--json',
      ),
    );
    expect(source.file).toEqual({
      name: 'statement.txt',
      sha256: createHash('sha256').update('供述調書').digest('hex'),
      size: Buffer.byteLength('供述調書'),
      stored: true,
    });
    const citation = parsedJson<Citation>(
      await cli(
        'cite',
        '--case',
        kase,
        '--source',
        source.id,
        '--entity',
        personId,
        '--grade',
        'b2',
        '--note',
        'p. 3',
        '--json',
      ),
    );
    expect(citation).toMatchObject({ reliability: 'B', credibility: '2', note: 'p. 3', field: null });

    const listed = await cli('source', 'list', '--case', kase);
    expect(listed.stdout).toMatch(/^Id\s+Title\s+Origin\s+Date\s+File\s+Document\s+Cited/);
    expect(listed.stdout).toContain('statement.txt');

    const store = await openCaseFile(kase, { actor: 'check', schema });
    try {
      expect((await store.getEntities([personId]))[0]).toMatchObject({ reliability: 'B', credibility: '2' });
      expect(Buffer.from((await store.sources.file(source.id)) ?? []).toString()).toBe('供述調書');
    } finally {
      await store.close();
    }
  });

  it('adds the source a Document entity stands for, titled by its label, once', async () => {
    const source = parsedJson<Source>(
      await cli('source', 'add', '--case', kase, '--document', documentId, '--json'),
    );
    expect(source).toMatchObject({
      title: '捜査報告書 第3号',
      informationDate: '2024-03-01',
      documentId,
    });
    const again = await cli('source', 'add', '--case', kase, '--document', documentId);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('stands for document');
    const person = await cli('source', 'add', '--case', kase, '--document', personId);
    expect(person.code).not.toBe(0);
    expect(person.stderr).toContain('not a Document');
    const listed = await cli('source', 'list', '--case', kase);
    expect(listed.stdout).toMatch(new RegExp(`捜査報告書 第3号.*${documentId}`));
  });

  it('refuses a bad grade and a citation of nothing, saying what is wrong', async () => {
    const bad = await cli('cite', '--case', kase, '--source', 'x', '--entity', personId, '--grade', 'G9');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('A-F');
    const none = await cli('cite', '--case', kase, '--source', 'no-such-source', '--entity', personId);
    expect(none.code).not.toBe(0);
    expect(none.stderr).toContain('no source with id no-such-source');
  });
});
