import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Envelope } from '../../graph-schema/contract/envelope';
import { MAX_UPLOAD_BYTES, uploadRef, type UploadAnswer } from '../../graph-schema/contract/files';
import { isPlexusError, type ErrorPayload } from '../../graph-schema/model/errors';
import { safeFileName, tooLargeError, type FileStore } from './file-store';

export interface UploadContext {
  files: FileStore;
  /** The request's browser-mode session; uploads belong to it. */
  session: string | null;
  maxBytes?: number;
}

function reply(res: ServerResponse, status: number, body: Envelope<unknown>, close = false): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    ...(close ? { Connection: 'close' } : {}),
  });
  res.end(text);
}

const fail = (res: ServerResponse, status: number, error: ErrorPayload, close = false) =>
  reply(res, status, { ok: false, error }, close);

/**
 * The upload route, behind the browser-mode token (checked by the caller):
 * POST /files/upload?name=NAME with the file's bytes as the body (no multipart: the body
 * streams straight to a temporary file), answering `{ ref, name, size }`;
 * DELETE /files/upload/ID drops an upload the wizard no longer needs.
 * `rest` is the path after /files/upload.
 */
export async function handleUpload(
  req: IncomingMessage,
  res: ServerResponse,
  rest: string,
  search: URLSearchParams,
  context: UploadContext,
): Promise<void> {
  const { files, session } = context;
  const maxBytes = context.maxBytes ?? MAX_UPLOAD_BYTES;
  if (req.method === 'DELETE') {
    const id = rest.replace(/^\//, '');
    reply(res, 200, { ok: true, value: { discarded: await files.discard(id, session) } });
    return;
  }
  if (req.method !== 'POST' || rest !== '') {
    res.setHeader('Allow', 'POST, DELETE');
    fail(res, 405, { code: 'NOT_FOUND', message: 'Uploads take POST /files/upload?name=FILE' });
    return;
  }
  const name = safeFileName(search.get('name') ?? '', 'upload');
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) {
    // Said before a byte arrives: answer at once and read none of it.
    fail(res, 413, tooLargeError(name, maxBytes).toPayload(), true);
    req.resume();
    return;
  }
  try {
    const held = await files.receive(req, name, session, maxBytes);
    const answer: UploadAnswer = { ref: uploadRef(held.id, held.name), name: held.name, size: held.size };
    reply(res, 200, { ok: true, value: answer });
  } catch (error) {
    if (isPlexusError(error)) {
      const tooLarge = (error.details ?? []).some((place) => place.rule === 'maxFileSize');
      fail(res, tooLarge ? 413 : 400, error.toPayload(), true);
      req.resume();
      return;
    }
    // The browser cancelled or the connection broke: nobody is listening for an answer.
    if (req.destroyed || req.readableAborted) {
      res.destroy();
      return;
    }
    throw error;
  }
}
