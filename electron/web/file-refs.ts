import type { Envelope } from '../../graph-schema/contract/envelope';
import {
  DOWNLOAD_PREFIX,
  downloadRef,
  isDownloadRef,
  isUploadRef,
  parseUploadRef,
} from '../../graph-schema/contract/files';
import type { ErrorPayload } from '../../graph-schema/model/errors';
import type { FileStore, HeldFile } from './file-store';

/** A request with its file references swapped for server files, and what to do with the answer. */
export interface Swapped {
  payload: unknown;
  finish(envelope: Envelope<unknown>): Promise<Envelope<unknown>>;
}

const READS = new Set(['previewImport', 'importCase']);
const WRITES = new Set(['exportCase', 'exportChart', 'exportHistory']);

const gone: ErrorPayload = {
  code: 'NOT_FOUND',
  message:
    'The uploaded file is no longer on the server (uploads go after an import, when the import window closes, or when Plexus stops): choose the file again.',
};

const same = async (envelope: Envelope<unknown>) => envelope;

function pathOf(payload: unknown): string | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const path = (payload as { path?: unknown }).path;
  return typeof path === 'string' ? path : null;
}

/** An error naming the temporary file names the file the person chose instead. */
function renamed(envelope: Envelope<unknown>, file: string, name: string): Envelope<unknown> {
  if (envelope.ok) return envelope;
  const swap = (text: string) => text.split(file).join(name);
  const { details, ...rest } = envelope.error;
  const error: ErrorPayload = { ...rest, message: swap(rest.message) };
  if (details) error.details = details.map((d) => (d.file ? { ...d, file: swap(d.file) } : d));
  return { ok: false, error };
}

/**
 * Browser mode's half of "same contract methods for both": the handler table only ever sees
 * real paths. `upload:<id>/<name>` becomes the upload's temporary file (only one this
 * session uploaded: an id is looked up, never joined to a path), and `download:<name>`
 * becomes a fresh folder of its own whose files are answered as one-time download tokens.
 * Anything else passes untouched (typed paths stay for power users).
 */
export async function swapFileRefs(
  method: string,
  payload: unknown,
  files: FileStore,
  session: string | null,
): Promise<Swapped | { error: ErrorPayload }> {
  const path = pathOf(payload);
  if (path === null) return { payload, finish: same };
  const request = payload as Record<string, unknown>;

  if (READS.has(method) && isUploadRef(path)) {
    const ref = parseUploadRef(path);
    const held = ref ? files.upload(ref.id, session) : undefined;
    if (!held) return { error: gone };
    const consumes = method === 'importCase' && request.dryRun !== true;
    return {
      payload: { ...request, path: held.file },
      finish: async (envelope) => {
        // A finished import has no more use for the file; a failed one may be tried again.
        if (consumes && envelope.ok) await files.discard(held.id, session);
        return renamed(envelope, held.file, held.name);
      },
    };
  }

  if (WRITES.has(method) && isDownloadRef(path)) {
    const slot = await files.downloadSlot(path.slice(DOWNLOAD_PREFIX.length), session);
    return {
      payload: { ...request, path: slot.path },
      finish: async (envelope) => {
        if (!envelope.ok) {
          await slot.drop();
          return renamed(envelope, slot.path, path.slice(DOWNLOAD_PREFIX.length));
        }
        const value = envelope.value as { files?: string[]; path?: string };
        const written = value.files ?? (value.path ? [value.path] : []);
        const offered = await slot.offer(written);
        const ref = (held: HeldFile) => downloadRef(held.id, held.name);
        return {
          ok: true,
          value: value.files ? { ...value, files: offered.map(ref) } : { ...value, path: ref(offered[0]!) },
        };
      },
    };
  }
  return { payload, finish: same };
}
