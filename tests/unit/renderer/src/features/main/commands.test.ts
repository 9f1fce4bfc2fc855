import { afterEach, describe, expect, it } from 'vitest';
import { ACTIONS, actionForKeys, actionName } from '../../../../../../renderer/src/features/action-table';
import { COMMANDS, commandName, filterCommands } from '../../../../../../renderer/src/features/main/commands';
import { i18n, LANGUAGES } from '../../../../../../renderer/src/i18n';

const names = (query: string) => filterCommands(COMMANDS, query).map(commandName);

describe('the one action table', () => {
  afterEach(() => i18n.changeLanguage('en'));

  it.each(LANGUAGES)('names every action in %s, no two alike, none left as its key', async (language) => {
    await i18n.changeLanguage(language);
    const all = ACTIONS.map(actionName);
    expect(new Set(all).size).toBe(all.length);
    for (const [i, name] of all.entries()) {
      expect(name, ACTIONS[i]!.id).not.toMatch(/^[a-z]+:[a-z]|\{\{/);
      expect(i18n.exists(ACTIONS[i]!.name, { lng: language }), ACTIONS[i]!.name).toBe(true);
    }
  });

  it('includes layouts, take offline and publish, both exports, the languages and themes', () => {
    expect(ACTIONS.map(actionName)).toEqual(
      expect.arrayContaining([
        'Layout: Force-directed',
        'Layout selected entities: Grid',
        'Take offline',
        'Publish a case file',
        'Export data',
        'Export chart as PDF, SVG, PNG',
        'Language: 日本語',
        'Theme: dark',
      ]),
    );
  });

  it('finds the action a key names: Ctrl+Shift+S, Ctrl+Z, N, ?', () => {
    const key = (k: string, mods: { ctrl?: boolean; shift?: boolean } = {}) =>
      actionForKeys({
        key: k,
        ctrlKey: mods.ctrl ?? false,
        metaKey: false,
        shiftKey: mods.shift ?? false,
        altKey: false,
      })?.id;
    expect(key('S', { ctrl: true, shift: true })).toBe('saveChartAs');
    expect(key('s', { ctrl: true })).toBe('saveChart');
    expect(key('z', { ctrl: true })).toBe('undo');
    expect(key('Z', { ctrl: true, shift: true })).toBe('redo');
    expect(key('n')).toBe('newEntity');
    expect(key('?', { shift: true })).toBe('shortcuts');
    expect(key('s')).toBeUndefined();
  });
});

describe('the command palette filter', () => {
  afterEach(() => i18n.changeLanguage('en'));

  it('offers every command that can run now, by its name without the ellipsis, for an empty query', () => {
    expect(names('')).toContain('Import data');
    expect(names('')).toContain('New entity');
    // Nothing is on the chart, so nothing can be exported or printed yet.
    expect(names('')).not.toContain('Export chart as PDF, SVG, PNG');
  });

  it('keeps the commands holding every typed word, ignoring case', () => {
    expect(names('new')).toEqual(['New entity', 'New link', 'New chart']);
    expect(names('NEW ent')).toEqual(['New entity']);
    expect(names('zzz')).toEqual([]);
  });

  it('matches the Japanese names, full- or half-width alike', async () => {
    await i18n.changeLanguage('ja');
    expect(names('新規エンティティ')).toEqual(['新規エンティティ']);
    expect(names('書き出し')).toEqual(['データの書き出し']);
    expect(names('ﾚｲｱｳﾄ 格子')).toEqual(['レイアウト：格子']);
  });
});
