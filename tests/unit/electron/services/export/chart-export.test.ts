import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportChart } from '../../../../../electron/services/export/chart-export';
import { header, sampleScene } from '../../../../support/chart/scenes';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-chart-export-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const svgTo = (path: string) =>
  exportChart({ path, scene: sampleScene(), header: header(), output: { format: 'svg' } }, (p) => p);

describe('exportChart into a folder', () => {
  it('creates a missing folder', async () => {
    const result = await svgTo(join(dir, 'briefings', 'march', 'chart'));
    expect(result.path).toBe(join(dir, 'briefings', 'march', 'chart.svg'));
    expect(existsSync(result.path)).toBe(true);
  });

  it('names a folder that cannot be made in plain words', async () => {
    writeFileSync(join(dir, 'taken'), 'x');
    await expect(svgTo(join(dir, 'taken', 'chart'))).rejects.toThrow(
      `The folder ${join(dir, 'taken')} cannot be created: a file of that name is in the way`,
    );
  });
});
