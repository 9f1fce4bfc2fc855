import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartSummary } from '../../../../../graph-schema/chart';
import { rememberChart, startingChart } from '../../../../../renderer/src/stores/last-chart';
import { memoryStorage } from '../memory-storage';

const summary = (id: string, updatedAt: string): ChartSummary => ({
  id,
  name: id,
  version: 1,
  entities: 0,
  links: 0,
  updatedAt,
  updatedBy: 'a',
});

beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
afterEach(() => vi.unstubAllGlobals());

describe('last chart per case', () => {
  const charts = [summary('old', '2024-01-01'), summary('new', '2024-05-01'), summary('mid', '2024-03-01')];

  it('opens the chart last open in that case, each case its own', () => {
    rememberChart('/cases/a.plexus', 'old');
    rememberChart('/cases/b.plexus', 'mid');
    expect(startingChart('/cases/a.plexus', charts)).toBe('old');
    expect(startingChart('/cases/b.plexus', charts)).toBe('mid');
  });

  it('falls back to the newest chart when none is remembered or it was deleted, and to none', () => {
    rememberChart('/cases/a.plexus', 'gone');
    expect(startingChart('/cases/a.plexus', charts)).toBe('new');
    expect(startingChart('/cases/never.plexus', charts)).toBe('new');
    expect(startingChart('/cases/never.plexus', [])).toBeNull();
  });

  it('survives storage that is broken or missing', () => {
    localStorage.setItem('plexus.lastChart', '{not json');
    expect(startingChart('/cases/a.plexus', charts)).toBe('new');
    vi.stubGlobal('localStorage', undefined);
    rememberChart('/cases/a.plexus', 'old');
    expect(startingChart('/cases/a.plexus', charts)).toBe('new');
  });
});
