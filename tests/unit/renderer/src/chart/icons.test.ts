import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as lucide from 'lucide-static';
import { describe, expect, it } from 'vitest';
import { hasIcon, iconExportName, iconImage, iconSvg } from '../../../../../renderer/src/chart/icons';

const entitiesDir = join(import.meta.dirname, '../../../../../graph-schema/types/entities');

function iconNamesInTypeFiles(): string[] {
  return readdirSync(entitiesDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => (JSON.parse(readFileSync(join(entitiesDir, f), 'utf8')) as { icon: string }).icon);
}

describe('icons', () => {
  it('maps kebab-case names to lucide-static export names', () => {
    expect(iconExportName('building-2')).toBe('Building2');
    expect(iconExportName('map-pin')).toBe('MapPin');
    expect(iconExportName('user')).toBe('User');
  });

  it('resolves every icon named by a built-in entity type to a real lucide-static export', () => {
    const names = iconNamesInTypeFiles();
    expect(names.length).toBeGreaterThanOrEqual(8);
    const exports = lucide as Record<string, unknown>;
    for (const name of names) {
      expect(hasIcon(name), name).toBe(true);
      expect(typeof exports[iconExportName(name)], name).toBe('string');
    }
  });

  it('falls back to the circle icon for an unknown name', () => {
    expect(hasIcon('no-such-icon-anywhere')).toBe(false);
    expect(iconSvg('no-such-icon-anywhere')).toBe(lucide.Circle);
  });

  it('gives the chart a short object URL of the same coloured SVG, one per icon and colour', async () => {
    const url = iconImage('user', '#1C2127');
    // Cytoscape hashes the style string of every node: a URL, not the markup.
    expect(url.startsWith('blob:')).toBe(true);
    expect(url.length).toBeLessThan(100);
    expect(iconImage('user', '#1C2127')).toBe(url);
    expect(iconImage('user')).not.toBe(url);
    const svg = await (await fetch(url)).text();
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain("stroke='#1C2127'");
    expect(svg).not.toContain('currentColor');
    expect(await (await fetch(iconImage('user'))).text()).toContain("stroke='#FFFFFF'");
  });
});
