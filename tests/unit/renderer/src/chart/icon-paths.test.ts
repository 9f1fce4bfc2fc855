import { describe, expect, it } from 'vitest';
import { elementPath, iconPaths } from '../../../../../renderer/src/chart/icon-paths';

describe('iconPaths', () => {
  it('turns every element of a Lucide icon into path data', () => {
    // user: one path and one circle.
    const paths = iconPaths('user');
    expect(paths).toHaveLength(2);
    expect(paths[0]).toMatch(/^M19 21v-2/);
    expect(paths[1]).toBe('M8 7a4 4 0 1 0 8 0a4 4 0 1 0 -8 0Z');
  });

  it('falls back to the circle for an unknown icon', () => {
    expect(iconPaths('no-such-icon')).toEqual(iconPaths('circle'));
  });

  it('writes lines, polylines, polygons and rounded rectangles', () => {
    expect(elementPath('line', { x1: '1', y1: '2', x2: '3', y2: '4' })).toBe('M1 2L3 4');
    expect(elementPath('polyline', { points: '1 2 3 4 5 6' })).toBe('M1 2L3 4L5 6');
    expect(elementPath('polygon', { points: '1,2 3,4' })).toBe('M1 2L3 4Z');
    expect(elementPath('rect', { x: '0', y: '0', width: '10', height: '4', rx: '0' })).toBe('M0 0h10v4h-10Z');
    expect(elementPath('rect', { x: '0', y: '0', width: '10', height: '10', rx: '2' })).toContain(
      'a2 2 0 0 1',
    );
  });
});
