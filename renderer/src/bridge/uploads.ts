import { SESSION_HEADER, TOKEN_HEADER, type Envelope } from '../../../graph-schema/contract';
import {
  MAX_UPLOAD_BYTES,
  parseUploadRef,
  UPLOAD_ROUTE,
  type UploadAnswer,
} from '../../../graph-schema/contract/files';
import { PlexusError } from '../../../graph-schema/model';
import { windowSessionId } from './index';
import { takeBrowserToken } from './transport';

export interface UploadProgress {
  sent: number;
  total: number;
}

export interface Upload {
  /** The server's reference (`upload:<id>/<name>`), its name and size, once every byte is there. */
  done: Promise<UploadAnswer>;
  /** Stops sending; `done` then rejects with CANCELLED and the server keeps nothing. */
  cancel(): void;
}

/** Headers every browser-mode file request carries: the per-run token and this window's session. */
export interface FileAuth {
  token: string;
  session?: string | undefined;
}

export async function browserFileAuth(): Promise<FileAuth> {
  return { token: takeBrowserToken(window), session: await windowSessionId() };
}

function authHeaders(auth: FileAuth): Record<string, string> {
  const headers: Record<string, string> = { [TOKEN_HEADER]: auth.token };
  if (auth.session) headers[SESSION_HEADER] = auth.session;
  return headers;
}

function megabytes(bytes: number): string {
  return bytes >= 1024 ** 3
    ? `${Number((bytes / 1024 ** 3).toFixed(1))} GB`
    : `${Math.round(bytes / 1024 ** 2)} MB`;
}

/**
 * Sends a file the person picked or dropped to browser mode's server, whose path they cannot
 * know. XMLHttpRequest rather than fetch: it reports upload progress, and the File goes as
 * the raw body, which the browser streams from disk and the server streams to a temp file.
 */
export function startUpload(
  file: File,
  onProgress: (progress: UploadProgress) => void,
  auth?: FileAuth,
  maxBytes: number = MAX_UPLOAD_BYTES,
): Upload {
  const xhr = new XMLHttpRequest();
  let cancelled = false;
  const stopped = () => new PlexusError('CANCELLED', `${file.name}: upload cancelled`);
  const send = async (): Promise<UploadAnswer> => {
    if (file.size > maxBytes) {
      // Said before a byte goes: the server would refuse it at the same limit.
      const message = `${file.name}: the file is over the import limit of ${megabytes(maxBytes)} (maxFileSize)`;
      throw new PlexusError('VALIDATION', message, [{ file: file.name, rule: 'maxFileSize', message }]);
    }
    const headers = authHeaders(auth ?? (await browserFileAuth()));
    if (cancelled) throw stopped();
    return new Promise<UploadAnswer>((resolve, reject) => {
      xhr.open('POST', `${UPLOAD_ROUTE}?name=${encodeURIComponent(file.name)}`);
      for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
      xhr.setRequestHeader('content-type', 'application/octet-stream');
      xhr.upload.onprogress = (event) => onProgress({ sent: event.loaded, total: event.total || file.size });
      xhr.onload = () => {
        const envelope = parseEnvelope(xhr.responseText);
        if (envelope?.ok) resolve(envelope.value);
        else if (envelope) reject(PlexusError.fromPayload(envelope.error));
        else reject(new PlexusError('INTERNAL', `The server answered ${xhr.status} without data.`));
      };
      xhr.onerror = () => reject(new PlexusError('IO', 'The Plexus server cannot be reached.'));
      xhr.onabort = () => reject(stopped());
      onProgress({ sent: 0, total: file.size });
      xhr.send(file);
    });
  };
  return {
    done: send(),
    cancel: () => {
      cancelled = true;
      xhr.abort();
    },
  };
}

function parseEnvelope(text: string): Envelope<UploadAnswer> | null {
  try {
    return JSON.parse(text) as Envelope<UploadAnswer>;
  } catch {
    return null;
  }
}

/** The wizard no longer needs an upload (closed, or another file chosen): the server drops it now. */
export async function discardUpload(ref: string, auth?: FileAuth): Promise<void> {
  const parsed = parseUploadRef(ref);
  if (!parsed) return;
  const headers = authHeaders(auth ?? (await browserFileAuth()));
  // Best effort: the server drops every upload when it stops anyway.
  await fetch(`${UPLOAD_ROUTE}/${parsed.id}`, { method: 'DELETE', headers }).catch(() => undefined);
}
