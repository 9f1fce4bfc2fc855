import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/web/csp.ts';

/**
 * The built page carries its CSP as a meta tag too, so it holds however the page is loaded
 * (headers set by browser mode and by the desktop shell's file handler are the first line).
 * frame-ancestors is ignored in a meta tag and would only log a warning, so it is left out.
 * Build only: Vite's dev server injects inline scripts that this policy would refuse.
 */
function cspMetaTag(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'plexus-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head' },
    ],
  };
}

/**
 * The renderer is built once and served two ways: from file:// in the desktop shell and
 * from 127.0.0.1 in browser mode, so asset paths are relative and nothing is fetched
 * from the network (fonts and icons are bundled).
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMetaTag()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
  },
});
