import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ net: {} }));
const { insideRenderer } = await import('../../../../electron/main/renderer-files');

const rendererDir = join('/opt', 'plexus', 'dist', 'renderer');
const url = (...parts: string[]) => pathToFileURL(join(rendererDir, ...parts)).href;

describe('insideRenderer', () => {
  it('allows the built renderer files', () => {
    expect(insideRenderer(url('index.html'), rendererDir)).toBe(true);
    expect(insideRenderer(url('assets', 'index-abc.js'), rendererDir)).toBe(true);
  });

  it('refuses anything else on disk', () => {
    expect(insideRenderer(pathToFileURL('/etc/passwd').href, rendererDir)).toBe(false);
    expect(insideRenderer(url('..', 'electron', 'main.mjs'), rendererDir)).toBe(false);
    expect(insideRenderer(`${url()}/../../package.json`, rendererDir)).toBe(false);
    expect(insideRenderer(pathToFileURL(rendererDir).href, rendererDir)).toBe(false);
    expect(insideRenderer('not a url', rendererDir)).toBe(false);
  });
});
