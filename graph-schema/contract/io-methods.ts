import { z } from 'zod';
import { Id } from '../model/records';
import {
  DataFormatName,
  ImportPreview,
  ImportProgress,
  ImportReport,
  ImportRequest,
  Mapping,
  MappingDraft,
} from './io';
import { FilePath, graph, None, type MethodSpec } from './method-spec';

/** Data files: export a case, preview and run an import, and mapping templates. */
export const ioMethods = {
  exportCase: {
    summary:
      'Write the whole case, or only the items on a chart, to a file in a data format (csv writes an entity and a link file).',
    request: z.strictObject({
      path: FilePath,
      format: DataFormatName,
      /** A chart's items: only these are written (links only when both ends are listed). */
      only: z
        .strictObject({ entities: z.array(Id).max(100_000), links: z.array(Id).max(500_000) })
        .optional(),
    }),
    response: z.strictObject({
      /** Every file written: one, or the entity and link files of a CSV pair. */
      files: z.array(z.string()),
      entities: z.number().int(),
      links: z.number().int(),
    }),
    errors: [...graph, 'IO'],
  },
  previewImport: {
    summary: "Detect a file's format and show its first rows (or counts), with a suggested mapping.",
    request: z.strictObject({
      path: FilePath,
      format: DataFormatName.optional(),
      /** Only its shape and read options (sheet, header, delimiter, encoding) are read. */
      mapping: MappingDraft.optional(),
    }),
    response: ImportPreview,
    errors: ['NOT_FOUND', 'IO'],
  },
  importCase: {
    summary: 'Read a data file into the open case in one transaction; a dry run reports and writes nothing.',
    request: ImportRequest,
    response: ImportReport,
    errors: [...graph, 'NOT_FOUND', 'CONFLICT', 'CANCELLED', 'FORBIDDEN', 'IO'],
  },
  importProgress: {
    summary: 'How far the running import is: rows read and rows per second.',
    request: None,
    response: ImportProgress,
    errors: [],
  },
  cancelImport: {
    summary: 'Cancel the running import; the case stays exactly as it was.',
    request: None,
    response: z.strictObject({ cancelled: z.boolean() }),
    errors: [],
  },
  saveMapping: {
    summary: 'Save a column mapping as a reusable template file (for the wizard and the CLI).',
    request: z.strictObject({ path: FilePath, mapping: Mapping }),
    response: z.strictObject({ path: z.string() }),
    errors: ['IO'],
  },
  loadMapping: {
    summary: 'Read a mapping template file.',
    request: z.strictObject({ path: FilePath }),
    response: Mapping,
    errors: ['NOT_FOUND', 'IO'],
  },
} as const satisfies Record<string, MethodSpec>;
