import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  HTTP_API_PREFIX,
  SESSION_HEADER,
  TOKEN_HEADER,
  type Envelope,
} from '../../graph-schema/contract/envelope';
import { DOWNLOAD_ROUTE, UPLOAD_ROUTE } from '../../graph-schema/contract/files';
import { isPlexusError, type ErrorPayload } from '../../graph-schema/model/errors';
import { dispatch } from '../ipc/dispatch';
import type { Backend } from '../ipc/handlers';
import { sweepEvery } from '../services/sessions';
import { SECURITY_HEADERS } from './csp';
import { handleDownload } from './downloads';
import { swapFileRefs } from './file-refs';
import { createFileStore, type FileStore } from './file-store';
import { lookupStatic, sendFile } from './static-files';
import { handleUpload } from './uploads';

/** Loopback only: browser mode must never be reachable from another machine. */
export const LOOPBACK = '127.0.0.1';
export const MAX_BODY_BYTES = 50 * 1024 * 1024;

/** How often sessions of tabs that went away are looked for (their cases released). */
const SWEEP_MS = 15_000;

export interface WebServerOptions {
  backend: Backend;
  rendererDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Fixed by tests; a fresh random one per run otherwise. */
  token?: string;
}

export interface WebServer {
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** Hashing first gives equal lengths, so timingSafeEqual leaks neither content nor length. */
function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  return typeof given === 'string' && timingSafeEqual(digest(given), digest(token));
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: Envelope<unknown>,
  extra: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(text);
}

function sendError(
  res: ServerResponse,
  status: number,
  error: ErrorPayload,
  extra?: Record<string, string>,
): void {
  sendJson(res, status, { ok: false, error }, extra);
}

type Body = { ok: true; text: string } | { ok: false };

/** Reads the body up to the limit; past it, answers 413 and drops the rest unread. */
function readBody(req: IncomingMessage, res: ServerResponse): Promise<Body> {
  const tooLarge = () =>
    sendError(
      res,
      413,
      { code: 'VALIDATION', message: `Request body is over ${MAX_BODY_BYTES / 1024 / 1024} MB` },
      { Connection: 'close' },
    );
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) {
    tooLarge();
    req.resume();
    return Promise.resolve({ ok: false });
  }
  return new Promise((resolveBody) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        over = true;
        chunks.length = 0;
        tooLarge();
        resolveBody({ ok: false });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!over) resolveBody({ ok: true, text: Buffer.concat(chunks).toString('utf8') });
    });
    req.on('error', () => resolveBody({ ok: false }));
  });
}

interface ApiOptions {
  backend: Backend;
  token: string;
  files: FileStore;
}

function refuseWithoutToken(req: IncomingMessage, res: ServerResponse, token: string): boolean {
  if (tokenMatches(req.headers[TOKEN_HEADER], token)) return false;
  sendError(res, 401, {
    code: 'UNAUTHORIZED',
    message: 'Missing or wrong browser-mode token: open the URL Plexus printed',
  });
  return true;
}

/** Uploads need the token and belong to a live session of this server, which must send its id. */
async function handleUploadRoute(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  options: ApiOptions,
): Promise<void> {
  if (refuseWithoutToken(req, res, options.token)) return;
  const header = req.headers[SESSION_HEADER];
  const session = typeof header === 'string' ? header : undefined;
  try {
    options.backend.sessions.get(session, 'browser');
  } catch (error) {
    if (!isPlexusError(error)) throw error;
    sendError(res, 403, error.toPayload(), { Connection: 'close' });
    req.resume();
    return;
  }
  const rest = url.pathname.slice(UPLOAD_ROUTE.length);
  await handleUpload(req, res, rest, url.searchParams, { files: options.files, session: session ?? null });
}

async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  options: ApiOptions,
): Promise<void> {
  if (refuseWithoutToken(req, res, options.token)) return;
  if (req.method !== 'POST') {
    sendError(res, 405, { code: 'NOT_FOUND', message: 'API methods take POST' }, { Allow: 'POST' });
    return;
  }
  const body = await readBody(req, res);
  if (!body.ok) return;
  let payload: unknown;
  try {
    payload = body.text.trim() === '' ? undefined : JSON.parse(body.text);
  } catch {
    sendError(res, 400, { code: 'VALIDATION', message: 'Request body is not valid JSON' });
    return;
  }
  let name: string;
  try {
    name = decodeURIComponent(method);
  } catch {
    name = method;
  }
  const session = req.headers[SESSION_HEADER];
  const caller = { owner: 'browser', ...(typeof session === 'string' ? { session } : {}) };
  // Uploads and downloads are named by reference; the handler table only ever sees real paths.
  const swapped = await swapFileRefs(name, payload, options.files, caller.session ?? null);
  if ('error' in swapped) {
    sendJson(res, 200, { ok: false, error: swapped.error });
    return;
  }
  sendJson(res, 200, await swapped.finish(await dispatch(options.backend, name, swapped.payload, caller)));
}

async function handleStatic(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  rendererDir: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res
      .writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' })
      .end('Method not allowed');
    return;
  }
  const found = await lookupStatic(rendererDir, path);
  if (found.kind === 'file') {
    sendFile(res, found.file, found.size, req.method === 'HEAD');
    return;
  }
  const status = found.kind === 'forbidden' ? 403 : 404;
  res
    .writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' })
    .end(status === 403 ? 'Forbidden' : 'Not found');
}

/**
 * Browser mode: the built renderer and the handler table over HTTP on 127.0.0.1, guarded
 * by a per-run token (the API) and a Host check (against DNS rebinding of the whole site).
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let allowedHosts = new Set<string>();
  // Uploads and exports waiting for download: temporary files, all removed when the server stops.
  const files = await createFileStore();
  const api: ApiOptions = { backend: options.backend, token, files };
  // A tab that goes away takes its waiting uploads with it, not only the server's stop.
  const stopDiscarding = options.backend.sessions.onClosed((id) => void files.discardSession(id));

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const host = (req.headers.host ?? '').toLowerCase();
    if (!allowedHosts.has(host)) {
      sendError(res, 403, { code: 'UNAUTHORIZED', message: 'Unexpected Host header' });
      return;
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    const path = url.pathname;
    const work = path.startsWith(HTTP_API_PREFIX)
      ? handleApi(req, res, path.slice(HTTP_API_PREFIX.length), api)
      : path === UPLOAD_ROUTE || path.startsWith(`${UPLOAD_ROUTE}/`)
        ? handleUploadRoute(req, res, url, api)
        : path.startsWith(`${DOWNLOAD_ROUTE}/`)
          ? Promise.resolve(handleDownload(req, res, path.slice(DOWNLOAD_ROUTE.length), files))
          : handleStatic(req, res, path, options.rendererDir);
    work.catch((error: unknown) => {
      process.stderr.write(
        `[plexus] browser mode: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      if (!res.headersSent)
        sendError(res, 500, { code: 'INTERNAL', message: 'Something went wrong inside Plexus' });
      else res.destroy();
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`${LOOPBACK}:${port}`, `localhost:${port}`]);
  const origin = `http://${LOOPBACK}:${port}`;
  const stopSweeping = sweepEvery(options.backend.sessions, SWEEP_MS);

  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolveClose) => {
        stopSweeping();
        stopDiscarding();
        server.close(() => resolveClose());
        server.closeAllConnections();
      }).then(() => files.close()),
  };
}
