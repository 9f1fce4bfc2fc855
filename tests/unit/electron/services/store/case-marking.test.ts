import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCaseMarking, writeCaseMarking } from '../../../../../electron/services/store/case-marking';
import { createCaseFile, openCaseFile } from '../../../../../electron/services/store/sqlite';
import { pageBanner } from '../../../../../graph-schema/chart/banner';
import { options, tempDir } from './sqlite/case-files';

/** Case files written before marking schemes: they must open and print exactly as before. */

let temp: ReturnType<typeof tempDir>;
beforeEach(() => {
  temp = tempDir();
});
afterEach(() => temp.remove());

describe('case marking in a case file', () => {
  it('opens a case marked before schemes existed with its markings unchanged and the same banner', async () => {
    const path = join(temp.dir, 'older.plexus');
    const store = await createCaseFile(path, options);
    const [entity] = await store.createEntities([
      { type: 'Person', label: 'Tanaka Hiroshi', classification: 'SECRET' },
    ]);
    await store.close();
    // What the build before schemes wrote: the bare code, as JSON, under case.marking.
    const db = new Database(path);
    db.prepare("INSERT INTO store_meta (key, value) VALUES ('case.marking', '\"CONFIDENTIAL\"')").run();
    db.close();

    const reopened = await openCaseFile(path, options);
    const marking = await readCaseMarking(reopened);
    expect(marking).toEqual({ scheme: 'en-default', level: 'CONFIDENTIAL', caveats: [] });
    const [again] = await reopened.getEntities([entity!.id]);
    expect(again!.classification).toBe('SECRET');
    // The banner as that build printed it: the higher code as text, on its colour bar.
    const header = { caseMarking: marking.level, markingScheme: marking.scheme, caveats: marking.caveats };
    expect(pageBanner({ marking: again!.classification }, header)).toEqual({
      code: 'SECRET',
      text: 'SECRET',
      background: '#C8102E',
      color: '#FFFFFF',
    });
    expect(pageBanner({ marking: 'UNCLASSIFIED' }, header).text).toBe('CONFIDENTIAL');

    // Set again in the default scheme with no caveats, it is stored in the old form, so an older build still reads it.
    await writeCaseMarking(reopened, { scheme: 'en-default', level: 'TOP SECRET', caveats: [] });
    expect(await reopened.readMeta('case.marking')).toBe('TOP SECRET');
    await reopened.close();
  });

  it('reads a value it cannot understand as unset rather than failing to open the case', async () => {
    const store = await createCaseFile(join(temp.dir, 'odd.plexus'), options);
    await store.writeMeta('case.marking', { scheme: 'fr-defense', level: 'SECRET', caveats: [] });
    expect(await readCaseMarking(store)).toEqual({
      scheme: 'en-default',
      level: 'UNCLASSIFIED',
      caveats: [],
    });
    await store.close();
  });
});
