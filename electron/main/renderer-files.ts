import { net, type Session } from 'electron';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../web/csp';

/** Whether a file:// URL points inside the renderer folder (and nowhere else on disk). */
export function insideRenderer(url: string, rendererDir: string): boolean {
  let file: string;
  try {
    file = fileURLToPath(url);
  } catch {
    return false;
  }
  const path = relative(rendererDir, file);
  return path !== '' && !path.startsWith('..') && !isAbsolute(path);
}

/**
 * Serves file:// through our own handler, for two reasons: responses read from disk carry
 * no HTTP headers, so this is the only way to give them the CSP header; and the page may
 * read nothing on disk outside the built renderer.
 */
export function serveRendererFiles(session: Session, rendererDir: string): void {
  session.protocol.handle('file', async (request) => {
    if (!insideRenderer(request.url, rendererDir)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(request.url, { bypassCustomProtocolHandlers: true });
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  });
}
