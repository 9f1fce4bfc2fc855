import type { ImportRecord, ReadOptions } from '../../types';
import { readXml, type XmlEvent } from './xml-reader';

/** A format's reading rules: it sees every event and pushes the records it completes. */
export interface XmlHandler {
  onEvent(event: XmlEvent, out: ImportRecord[]): void;
}

/**
 * Drives a handler over a file, yielding records as they complete and reporting progress
 * once per chunk; a cancelled read returns at its next record.
 */
export async function* runXml(
  path: string,
  options: ReadOptions,
  handler: XmlHandler,
): AsyncGenerator<ImportRecord> {
  let rows = 0;
  const signal = options.signal;
  for await (const batch of readXml(path, signal ? { signal } : {})) {
    const out: ImportRecord[] = [];
    for (const event of batch) handler.onEvent(event, out);
    for (const record of out) {
      if (signal?.aborted) return;
      rows += 1;
      yield record;
    }
    options.onRows?.(rows);
  }
}

/** "node \"id\"": how places name an element, with the id the file gives it. */
export function describe(name: string, id: string | undefined): string {
  return id === undefined ? name : `${name} "${id}"`;
}
