import { rename, rm } from 'node:fs/promises';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { PlexusError } from '../../../../../graph-schema/model/errors';
import type { GraphStore } from '../../../store/graph-store';
import type { Exporter } from '../../types';
import { entityLayout, linkLayout, SCAN_BATCH, type TableLayout } from './export-rows';

/**
 * One workbook, sheets Entities and Links, the CSV pair's columns. Cells are written as
 * typed values (text cells are never formulas in xlsx, so no neutralising is needed), and
 * streamed: each row is committed as it is written.
 */

async function writeSheet<T>(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  layout: TableLayout<T>,
  batches: AsyncIterable<T[]>,
): Promise<number> {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(layout.header).commit();
  let count = 0;
  for await (const batch of batches) {
    for (const item of batch) {
      sheet.addRow(layout.cells(item)).commit();
      count++;
    }
  }
  sheet.commit();
  return count;
}

export const xlsxExporter: Exporter = {
  format: 'xlsx',
  async write(store: GraphStore, path: string) {
    const partial = `${path}.${process.pid}.partial`;
    try {
      const entityColumns = await entityLayout(store);
      const linkColumns = await linkLayout(store);
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
        filename: partial,
        useStyles: false,
        useSharedStrings: false,
      });
      const entities = await writeSheet(workbook, 'Entities', entityColumns, store.scanEntities(SCAN_BATCH));
      const links = await writeSheet(workbook, 'Links', linkColumns, store.scanLinks(SCAN_BATCH));
      await workbook.commit();
      await rename(partial, path);
      return { files: [path], entities, links };
    } catch (error) {
      await rm(partial, { force: true });
      if (error instanceof PlexusError) throw error;
      throw new PlexusError('IO', `${basename(path)}: cannot write the export (${(error as Error).message})`);
    }
  },
};
