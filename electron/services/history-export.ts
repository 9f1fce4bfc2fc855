import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import type { HistoryEntry, HistoryFilter } from '../../graph-schema/contract/history';
import { neutraliseFormula } from '../../graph-schema/contract/io';
import { PlexusError } from '../../graph-schema/model/errors';
import type { GraphStore } from './store/graph-store';

/** One page at a time, newest first, to the end: a case's whole history never sits in memory. */
export async function* historyPages(
  store: GraphStore,
  filter: Omit<HistoryFilter, 'before' | 'limit'>,
): AsyncIterable<HistoryEntry[]> {
  let before: number | undefined;
  for (;;) {
    const page = await store.listHistory({ ...filter, limit: 5000, ...(before ? { before } : {}) });
    if (page.entries.length > 0) yield page.entries;
    const last = page.entries[page.entries.length - 1];
    if (!page.more || !last) return;
    before = last.seq;
  }
}

export const HISTORY_COLUMNS = [
  'seq',
  'at',
  'os_user',
  'analyst',
  'operation',
  'action',
  'kind',
  'item',
  'label',
  'changes',
  'reason',
  'body_sha256',
  'entry_sha256',
] as const;

/** A CSV row: changes as JSON, every cell safe from spreadsheet formulas. */
export function historyCsvRow(e: HistoryEntry): string {
  const cells = [
    e.seq,
    e.at,
    e.osUser,
    e.analyst ?? '',
    e.op,
    e.action,
    e.kind,
    e.item,
    e.label,
    e.changes ? JSON.stringify(e.changes) : '',
    e.reason ?? '',
    e.bodyHash ?? '',
    e.hash,
  ];
  return stringify([cells.map((c) => neutraliseFormula(String(c)))], {
    record_delimiter: '\r\n',
    quoted_match: /[\r\n]/u,
  });
}

export function historyCsvHeader(): string {
  return stringify([[...HISTORY_COLUMNS]], { record_delimiter: '\r\n' });
}

/**
 * Writes the filtered history as CSV (with a UTF-8 mark for Excel) or JSON. The JSON names
 * the case and the chain head at export time: quoted in a report, it pins what the case held.
 */
export async function exportHistory(
  store: GraphStore,
  path: string,
  format: 'csv' | 'json',
  filter: Omit<HistoryFilter, 'before' | 'limit'>,
): Promise<{ path: string; entries: number }> {
  const check = await store.verifyHistory('open');
  const out = createWriteStream(path, { encoding: 'utf8' });
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined);
  const write = async (text: string) => {
    if (!out.write(text)) await Promise.race([once(out, 'drain'), failed]);
  };
  let entries = 0;
  try {
    if (format === 'csv') await write(`\uFEFF${historyCsvHeader()}`);
    else
      await write(
        `{"case":${JSON.stringify(store.name)},"head":${JSON.stringify(check.head)},"entriesInCase":${check.entries},"filter":${JSON.stringify(filter)},"entries":[`,
      );
    for await (const page of historyPages(store, filter)) {
      for (const e of page) {
        await write(format === 'csv' ? historyCsvRow(e) : `${entries > 0 ? ',' : ''}\n${JSON.stringify(e)}`);
        entries++;
      }
    }
    if (format === 'json') await write('\n]}\n');
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
  } catch (error) {
    out.destroy();
    if (error instanceof PlexusError) throw error;
    throw new PlexusError('IO', `${path}: cannot write the history (${(error as Error).message})`, [
      { file: path, message: (error as Error).message },
    ]);
  }
  return { path, entries };
}
