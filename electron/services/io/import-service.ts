import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  toMapping,
  type Mapping,
  type ImportProgress,
  type ImportReport,
  type ParsedMapping,
} from '../../../graph-schema/contract/io';
import { PlexusError, placesFromZod, validationError } from '../../../graph-schema/model/errors';
import type { SchemaIndex } from '../../../graph-schema/model/schema';
import type { GraphStore } from '../store/graph-store';
import type { ImportLimits } from './engine';
import { errorOffset, lineAndColumn } from './engine/json-position';
import { importFile, type ImportFileRequest } from './registry';

/**
 * The one import an app runs at a time (a second would fight the first for the same store
 * and the same progress bar), its progress for the wizard, and its cancel button.
 */
export interface ImportService {
  run(store: GraphStore, request: ImportFileRequest): Promise<ImportReport>;
  progress(): ImportProgress;
  /** True when an import was running and has been told to stop. */
  cancel(): boolean;
}

export interface ImportServiceOptions {
  schema: SchemaIndex;
  /** Milliseconds; tests pin it. */
  clock?: () => number;
  limits?: Partial<ImportLimits>;
  /** The import itself; tests give one they can hold open. */
  importFile?: typeof importFile;
}

export function createImportService(options: ImportServiceOptions): ImportService {
  const clock = options.clock ?? (() => Date.now());
  const read = options.importFile ?? importFile;
  let running: AbortController | undefined;
  let startedAt = 0;
  let state: ImportProgress = { running: false, rowsRead: 0, rowsPerSecond: 0, phase: 'idle' };

  const update = (rowsRead: number, phase: ImportProgress['phase']) => {
    const seconds = (clock() - startedAt) / 1000;
    state = {
      running: running !== undefined,
      rowsRead,
      rowsPerSecond: seconds > 0 ? Math.round(rowsRead / seconds) : 0,
      phase,
    };
  };

  return {
    async run(store, request) {
      if (running) throw new PlexusError('CONFLICT', 'an import is already running');
      const controller = new AbortController();
      running = controller;
      startedAt = clock();
      update(0, 'reading');
      try {
        const report = await read(store, request, {
          schema: options.schema,
          signal: controller.signal,
          onProgress: ({ phase, rowsRead }) => update(rowsRead, phase),
          ...(options.limits ? { limits: options.limits } : {}),
        });
        running = undefined;
        update(report.rowsRead, 'done');
        return report;
      } catch (error) {
        running = undefined;
        const phase = error instanceof PlexusError && error.code === 'CANCELLED' ? 'cancelled' : 'failed';
        update(state.rowsRead, phase);
        throw error;
      }
    },
    progress: () => ({ ...state }),
    cancel() {
      if (!running) return false;
      running.abort();
      return true;
    },
  };
}

/** Writes a mapping template as readable JSON; the file appears only when complete. */
export async function saveMapping(path: string, mapping: Mapping): Promise<{ path: string }> {
  const checked = toMapping(mapping);
  if (!checked.success) throw validationError(placesFromZod(checked.error, 'mapping'));
  const temporary = `${path}.${process.pid}.partial`;
  try {
    await writeFile(temporary, `${JSON.stringify(checked.data, null, 2)}\n`, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const reason = (error as Error).message;
    throw new PlexusError('IO', `${basename(path)}: cannot save the mapping (${reason})`, [
      { file: path, message: reason },
    ]);
  }
  return { path };
}

/**
 * Reads a mapping template; a bad one is refused naming the file and the field. A template
 * saved before mappings took one form per shape (every part optional, parts of other shapes
 * left in) still loads: the parts its shape reads are kept and checked, the rest dropped.
 */
export async function loadMapping(path: string): Promise<ParsedMapping> {
  const name = basename(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new PlexusError('NOT_FOUND', `${name}: no such mapping file (${path})`, [
        { file: path, message: 'no such file' },
      ]);
    }
    const reason = (error as Error).message;
    throw new PlexusError('IO', `${name}: cannot read the mapping (${reason})`, [
      { file: path, message: reason },
    ]);
  }
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const at = lineAndColumn(json, errorOffset(json, (error as Error).message));
    const message = `${name}: not valid JSON at line ${at.line}, column ${at.column}`;
    throw validationError([{ file: path, rule: 'json', ...at, message }]);
  }
  const parsed = toMapping(data);
  if (!parsed.success) {
    throw validationError(
      placesFromZod(parsed.error).map((p) => ({ ...p, file: path, message: `${name}: ${p.message}` })),
    );
  }
  return parsed.data;
}
