import { basename } from 'node:path';
import {
  DEFAULT_IMPORT_GRADING,
  type DataFormatName,
  type ImportGrading,
  type ImportReport,
  type MatchRule,
} from '../../../../graph-schema/contract/io';
import { PlexusError } from '../../../../graph-schema/model/errors';
import type { SchemaIndex } from '../../../../graph-schema/model/schema';
import type { PreparedBatch } from '../../../../graph-schema/model/validate';
import type { GraphStore } from '../../store/graph-store';
import type { ImportRecord } from '../types';
import { HeapTrim } from './heap-trim';
import { BATCH_SIZE, ImportPlan } from './import-plan';
import { cancelled, checkFileSize, importLimits, tooManyRows, type ImportLimits } from './limits';

export interface EngineProgress {
  phase: 'reading' | 'writing';
  rowsRead: number;
}

export interface RunImportOptions {
  format: DataFormatName;
  /** The file being read: its size is checked before reading, its name starts messages. */
  file: string;
  /** The schema in force: every record is checked with the store's own rules. */
  schema: SchemaIndex;
  match: MatchRule;
  /** Given to every item the file does not grade itself (the wizard's or the CLI's choice). */
  grading?: ImportGrading;
  dryRun: boolean;
  signal?: AbortSignal;
  onProgress?: (progress: EngineProgress) => void;
  /** Rows the importer has read (from its onRows); records are counted when it reports none. */
  rowsRead?: () => number;
  limits?: Partial<ImportLimits>;
  /** Entities or links per batch handed to the store (tests make it small to get many). */
  batchSize?: number;
}

const PROGRESS_EVERY = 1_000;
/** Rows between full collections: ~100 MiB of per-row garbage, measured on the 1M-row benchmark. */
const TRIM_EVERY_ROWS = 100_000;

/**
 * Reads an importer's records into the store as it goes: keys become entity ids, the file's
 * entities meet the case's by the match rule, every record is checked with the store's rules,
 * and what passes is handed to the store in batches inside ONE transaction
 * (GraphStore.createPreparedStream), so memory does not grow with the file. A refused record
 * is listed and the import goes on; a cancel, a limit or a store failure leaves the case
 * exactly as it was.
 */
export async function runImport(
  store: GraphStore,
  records: AsyncIterable<ImportRecord>,
  options: RunImportOptions,
): Promise<ImportReport> {
  const limits = importLimits(options.limits);
  await checkFileSize(options.file, limits.maxFileSize);
  const checkpoint = () => {
    if (options.signal?.aborted) throw cancelled(options.file);
  };
  checkpoint();

  const plan = new ImportPlan(store, {
    schema: options.schema,
    match: options.match,
    grading: options.grading ?? DEFAULT_IMPORT_GRADING,
    batchSize: options.batchSize ?? BATCH_SIZE,
    checkpoint,
  });
  let seen = 0;
  const rowsRead = () => options.rowsRead?.() || seen;
  const progress = (phase: EngineProgress['phase']) => options.onProgress?.({ phase, rowsRead: rowsRead() });

  const trim = new HeapTrim(TRIM_EVERY_ROWS);

  async function* batches(): AsyncGenerator<PreparedBatch> {
    progress('reading');
    for await (const record of records) {
      checkpoint();
      seen += 1;
      if (rowsRead() > limits.maxRows) throw tooManyRows(options.file, limits.maxRows);
      if (seen % PROGRESS_EVERY === 0) progress('reading');
      // Checked before the record, at a row's start: a row's records go out in one batch.
      if (plan.full && plan.mayFlushBefore(record)) {
        const batch = await plan.flush();
        if (batch.entities.length + batch.links.length > 0) yield batch;
        // Between batches nothing of the last one is held: the cheapest moment to collect.
        trim.after(seen);
      }
      plan.read(record);
    }
    checkpoint();
    progress('reading');
    yield* plan.finish();
    // The last chance to cancel before the store commits.
    checkpoint();
  }

  if (options.dryRun) {
    // Nothing is written: the batches are only counted (by the plan).
    for await (const _batch of batches()) checkpoint();
  } else {
    await write(store, options.file, batches(), () => progress('writing'));
  }
  const rejected = plan.linkRejects.after(plan.rejects);
  return {
    format: options.format,
    dryRun: options.dryRun,
    rowsRead: rowsRead(),
    created: { ...plan.created },
    merged: plan.merged,
    rejected: rejected.listed,
    rejectedTotal: rejected.total,
    ...(plan.evidenceCounts ? { evidence: plan.evidenceCounts } : {}),
  };
}

/**
 * One transaction; a refusal by the store (a conflict, a read-only server) names the file and
 * writes nothing. What the reading side threw (a cancel, a limit) names the file already.
 */
async function write(
  store: GraphStore,
  file: string,
  batches: AsyncGenerator<PreparedBatch>,
  writing: () => void,
): Promise<void> {
  let own: unknown;
  const first = await batches.next();
  if (first.done) return;
  async function* all(): AsyncGenerator<PreparedBatch> {
    try {
      writing();
      yield first.value;
      for (;;) {
        let next: IteratorResult<PreparedBatch>;
        try {
          next = await batches.next();
        } catch (error) {
          own = error;
          throw error;
        }
        if (next.done) return;
        writing();
        yield next.value;
      }
    } finally {
      // The store stopped early (it refused a batch): close the reader and its file.
      await batches.return(undefined);
    }
  }
  try {
    await store.createPreparedStream(all());
  } catch (error) {
    if (error !== own && error instanceof PlexusError && error.code !== 'INTERNAL') {
      throw new PlexusError(error.code, `${basename(file)}: ${error.message}`, error.details);
    }
    throw error;
  }
}
