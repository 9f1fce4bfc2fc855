import { app, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../web/csp';

/** Schemes the renderer may load from; anything else (http, https, ws, ftp...) is cancelled. */
const LOCAL_SCHEMES = new Set(['file:', 'data:', 'blob:', 'devtools:', 'chrome-extension:']);

function isLocal(url: string): boolean {
  try {
    return LOCAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Every web contents, present or future: no navigation, no new windows, no webviews. */
function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Call before app 'ready', so the first window is covered too. */
export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
}

/**
 * The session: our CSP on every response, no permission ever granted, and no request to
 * the network. (shell.openExternal is never called anywhere in Plexus.)
 */
export function hardenSession(session: Session): void {
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isLocal(details.url) }));
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
