import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import yauzl, { type Entry } from 'yauzl';
import { PlexusError } from '../../../../../graph-schema/model/errors';
import { sizeText } from '../../engine/limits';
import { IMPORT_LIMITS } from '../../types';

/**
 * An .xlsx workbook opened as a zip through its directory, so its parts are read in the order
 * the reader needs them (never spilled to disk to wait for another part) and their sizes are
 * checked before a byte is inflated. yauzl also stops a part that inflates past the size the
 * directory gives it, so a directory that lies cannot get round the limits.
 */
export interface WorkbookZip {
  /** Every part by its name in the zip. */
  readonly parts: ReadonlyMap<string, Entry>;
  open(part: Entry): Promise<Readable>;
  /** Closes the file and every part stream still open (a preview stops early). */
  close(): void;
}

export interface ExpansionLimits {
  maxExpandedSize: number;
  maxExpansionRatio: number;
}

/** Small parts (styles, the workbook) may pack very tightly and cost nothing to inflate. */
const RATIO_GRACE = 1024 ** 2;

function refuse(path: string, rule: keyof ExpansionLimits, message: string): PlexusError {
  const text = `${basename(path)}: ${message} (${rule})`;
  return new PlexusError('VALIDATION', text, [{ file: path, rule, message: text }]);
}

function checkExpansion(path: string, parts: Iterable<Entry>, limits: ExpansionLimits): void {
  let total = 0;
  for (const part of parts) {
    total += part.uncompressedSize;
    const ratio = part.uncompressedSize / Math.max(part.compressedSize, 1);
    if (part.uncompressedSize > RATIO_GRACE && ratio > limits.maxExpansionRatio) {
      throw refuse(
        path,
        'maxExpansionRatio',
        `${part.fileName} would expand from ${sizeText(part.compressedSize)} to ${sizeText(part.uncompressedSize)}, ` +
          `more than ${limits.maxExpansionRatio} times its packed size, the import limit`,
      );
    }
  }
  if (total > limits.maxExpandedSize) {
    throw refuse(
      path,
      'maxExpandedSize',
      `the workbook would expand to ${sizeText(total)}, over the import limit of ${sizeText(limits.maxExpandedSize)}`,
    );
  }
}

export async function openWorkbookZip(
  path: string,
  limits: ExpansionLimits = IMPORT_LIMITS,
): Promise<WorkbookZip> {
  const zip = await yauzl.openPromise(path, { autoClose: false, strictFileNames: false });
  const streams = new Set<Readable>();
  const close = () => {
    for (const stream of streams) stream.destroy();
    zip.close();
  };
  try {
    const parts = new Map<string, Entry>();
    for await (const entry of zip.eachEntry()) parts.set(entry.fileName, entry);
    checkExpansion(path, parts.values(), limits);
    return {
      parts,
      open: async (part) => {
        const stream = await zip.openReadStreamPromise(part);
        streams.add(stream);
        stream.once('close', () => streams.delete(stream));
        return stream;
      },
      close,
    };
  } catch (error) {
    close();
    throw error;
  }
}
