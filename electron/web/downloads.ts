import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FileStore } from './file-store';
import { contentType } from './static-files';

/** Types of what Plexus exports that the static files never serve. */
const EXPORT_TYPES: Readonly<Record<string, string>> = {
  csv: 'text/csv; charset=utf-8',
  tsv: 'text/tab-separated-values; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  graphml: 'application/xml',
  gexf: 'application/xml',
  anx: 'application/xml',
  pdf: 'application/pdf',
};

export function downloadType(name: string): string {
  const ending = name.toLowerCase().split('.').pop() ?? '';
  return EXPORT_TYPES[ending] ?? contentType(name);
}

/** RFC 6266 / 5987: a plain ASCII fallback and the exact UTF-8 name. */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * GET /files/download/TOKEN: an exported file. A plain link cannot carry the browser-mode
 * token header, so the token in the path is the permission: 192 random bits, handed out
 * only through the token-guarded API to the session that exported, and gone after a few
 * minutes. That lets the browser's own download manager stream a large export to disk
 * instead of the page holding it whole in memory as a Blob.
 */
export function handleDownload(
  req: IncomingMessage,
  res: ServerResponse,
  rest: string,
  files: FileStore,
): void {
  if (req.method !== 'GET') {
    res
      .writeHead(405, { Allow: 'GET', 'Content-Type': 'text/plain; charset=utf-8' })
      .end('Method not allowed');
    return;
  }
  const held = files.download(rest.replace(/^\//, ''));
  if (!held) {
    res
      .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
      .end('This download has expired: export again.');
    return;
  }
  res.writeHead(200, {
    'Content-Type': downloadType(held.name),
    'Content-Length': String(held.size),
    'Content-Disposition': contentDisposition(held.name),
    'Cache-Control': 'no-store',
  });
  const stream = createReadStream(held.file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
