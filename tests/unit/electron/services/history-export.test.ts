import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportHistory } from '../../../../electron/services/history-export';
import { createCaseFile } from '../../../../electron/services/store/sqlite';
import { options, tempDir } from './store/sqlite/case-files';

let temp: ReturnType<typeof tempDir>;
beforeEach(() => {
  temp = tempDir();
});
afterEach(() => temp.remove());

describe('history export', () => {
  it('writes the filtered entries as CSV safe for spreadsheets, and as JSON naming the chain head', async () => {
    const store = await createCaseFile(join(temp.dir, 'export.plexus'), options);
    await store.createEntities([
      { id: 'p1', type: 'Person', label: '=HYPERLINK("x")' },
      { id: 'p2', type: 'Person', label: '佐藤 花子' },
    ]);
    await store.updateEntity('p2', { notes: 'line one\nline two' });

    const csvPath = join(temp.dir, 'history.csv');
    expect(await exportHistory(store, csvPath, 'csv', {})).toEqual({ path: csvPath, entries: 3 });
    const csv = readFileSync(csvPath, 'utf8');
    expect(csv.startsWith('\uFEFFseq,at,os_user,analyst,operation,action,kind,item,label,changes')).toBe(
      true,
    );
    // A label that starts like a formula is written as text; a value with a line break stays one cell.
    expect(csv).toContain(`'=HYPERLINK(""x"")`);
    expect(csv.split('\r\n').filter((line) => /^\d+,/u.test(line))).toHaveLength(3);

    const jsonPath = join(temp.dir, 'history.json');
    await exportHistory(store, jsonPath, 'json', { item: 'p2' });
    const json = JSON.parse(readFileSync(jsonPath, 'utf8')) as {
      head: string;
      entriesInCase: number;
      entries: { seq: number; changes?: unknown }[];
    };
    const check = await store.verifyHistory('open');
    expect(json.head).toBe(check.head);
    expect(json.entriesInCase).toBe(3);
    expect(json.entries.map((e) => e.seq)).toEqual([3, 2]);
    expect(json.entries[0]?.changes).toEqual({ notes: { before: '', after: 'line one\nline two' } });
    await store.close();
  });
});
