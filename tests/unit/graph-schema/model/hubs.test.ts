import { describe, expect, it } from 'vitest';
import { inWindow } from '../../../../graph-schema/model/hubs';

describe('inWindow', () => {
  const link = (validFrom: string | null, validTo: string | null) => ({ validFrom, validTo });

  it('keeps a link in force at some time in the window, reading partial dates as whole periods', () => {
    expect(inWindow(link('2004', '2005'), { from: '2005', to: '2005' })).toBe(true);
    expect(inWindow(link('2005-12', null), { from: '2005', to: '2005' })).toBe(true);
    expect(inWindow(link(null, '2005-01-01'), { from: '2005-01', to: '2006' })).toBe(true);
  });

  it('drops a link dated wholly before or after the window', () => {
    expect(inWindow(link('2001', '2002'), { from: '2005' })).toBe(false);
    expect(inWindow(link('2006-01', null), { to: '2005' })).toBe(false);
    expect(inWindow(link(null, '2004-12-31'), { from: '2005' })).toBe(false);
  });

  it('keeps an undated link, and any link when the window is open on both sides', () => {
    expect(inWindow(link(null, null), { from: '2005', to: '2005' })).toBe(true);
    expect(inWindow(link('1990', '1991'), {})).toBe(true);
  });
});
