import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { windowSession, type Send } from './window-session';
import { createAppServices, type AppServices } from '../../../../electron/services/app-services';
import type { ExportChartResult } from '../../../../graph-schema/chart/export-request';
import { header, sampleScene } from '../../../support/chart/scenes';

let dir: string;
let services: AppServices;
let send: Send;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-export-handlers-'));
  services = createAppServices({ home: join(dir, 'home'), casesDir: join(dir, 'cases'), actor: 'tester' });
  send = windowSession(services);
});
afterAll(async () => {
  await services.close();
  rmSync(dir, { recursive: true, force: true });
});

async function exportChart(path: string, output: unknown): Promise<ExportChartResult> {
  const envelope = await send('exportChart', {
    path,
    scene: sampleScene(),
    header: header(),
    output,
  });
  if (!envelope.ok) throw new Error(`${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as ExportChartResult;
}

// The smallest valid PNG: one transparent pixel.
const PIXEL =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('exportChart handler', () => {
  it('writes a PDF into the cases folder for a bare name, adding the extension', async () => {
    const result = await exportChart('briefing', { format: 'pdf', pageSize: 'A3' });
    expect(result.path).toBe(join(dir, 'cases', 'briefing.pdf'));
    expect(result.pages).toBe(1);
    const bytes = readFileSync(result.path);
    expect(bytes.byteLength).toBe(result.bytes);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('writes SVG and PNG, keeps an extension already there and leaves no partial file', async () => {
    const svg = await exportChart(join(dir, 'chart.SVG'), { format: 'svg' });
    expect(svg.path).toBe(join(dir, 'chart.SVG'));
    expect(readFileSync(svg.path, 'utf8')).toContain('山田太郎');
    const png = await exportChart(join(dir, 'slide'), { format: 'png', data: PIXEL });
    expect(png).toEqual({ path: join(dir, 'slide.png'), bytes: 70, pages: 1 });
    expect(readFileSync(png.path).equals(Buffer.from(PIXEL, 'base64'))).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('refuses PNG data that is not a PNG, and an unknown format', async () => {
    const notPng = await send('exportChart', {
      path: join(dir, 'bad'),
      scene: sampleScene(),
      header: header(),
      output: { format: 'png', data: Buffer.from('hello').toString('base64') },
    });
    expect(notPng).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const unknown = await send('exportChart', {
      path: 'x',
      scene: sampleScene(),
      header: header(),
      output: { format: 'gif' },
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
