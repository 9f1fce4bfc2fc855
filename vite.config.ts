import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The renderer is built once and served two ways: from file:// in the desktop shell and
 * from 127.0.0.1 in browser mode, so asset paths are relative and nothing is fetched
 * from the network (fonts and icons are bundled).
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
  },
});
