import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula } from '../../../../../graph-schema/contract/io';
import { PlexusError } from '../../../../../graph-schema/model/errors';
import type { Exporter } from '../../types';
import type { GraphStore } from '../../../store/graph-store';
import { entityLayout, linkLayout, pairPaths, SCAN_BATCH, type Cell, type TableLayout } from './export-rows';

/**
 * csv-stringify quotes a cell holding the record delimiter, but once record_delimiter is set
 * ('\r\n' for Excel) a bare CR or LF goes out unquoted and ends the row for every reader.
 */
const LINE_BREAK = /[\r\n]/u;

const BOM = '\uFEFF';

async function writeTable<T>(
  path: string,
  delimiter: string,
  layout: TableLayout<T>,
  batches: AsyncIterable<T[]>,
): Promise<number> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined);
  const write = async (text: string) => {
    if (!out.write(text)) await Promise.race([once(out, 'drain'), failed]);
  };
  const line = (cells: Cell[]) =>
    stringify([cells.map((c) => neutraliseFormula(String(c)))], {
      delimiter,
      record_delimiter: '\r\n',
      quoted_match: LINE_BREAK,
    });
  let count = 0;
  try {
    // The byte-order mark makes Excel read UTF-8 as UTF-8 instead of the local code page.
    await write(BOM + line(layout.header));
    for await (const batch of batches) {
      for (const item of batch) {
        await write(line(layout.cells(item)));
        count++;
      }
    }
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
  } finally {
    // Closed before the caller removes a failed partial file: the open is asynchronous.
    out.destroy();
    if (!out.closed) await once(out, 'close');
  }
  return count;
}

/** Writes `NAME-entities.EXT` and `NAME-links.EXT`; both appear only when both are complete. */
function delimitedExporter(format: 'csv' | 'tsv', delimiter: string): Exporter {
  return {
    format,
    write: (store, path) => writePair(store, path, format, delimiter),
  };
}

export const csvExporter = delimitedExporter('csv', ',');
export const tsvExporter = delimitedExporter('tsv', '\t');

async function writePair(store: GraphStore, path: string, extension: string, delimiter: string) {
  const final = pairPaths(path, extension);
  const partial = {
    entities: `${final.entities}.${process.pid}.partial`,
    links: `${final.links}.${process.pid}.partial`,
  };
  try {
    const entities = await writeTable(
      partial.entities,
      delimiter,
      await entityLayout(store),
      store.scanEntities(SCAN_BATCH),
    );
    const links = await writeTable(
      partial.links,
      delimiter,
      await linkLayout(store),
      store.scanLinks(SCAN_BATCH),
    );
    await rename(partial.entities, final.entities);
    await rename(partial.links, final.links);
    return { files: [final.entities, final.links], entities, links };
  } catch (error) {
    await Promise.all([rm(partial.entities, { force: true }), rm(partial.links, { force: true })]);
    if (error instanceof PlexusError) throw error;
    throw new PlexusError('IO', `${basename(path)}: cannot write the export (${(error as Error).message})`);
  }
}
