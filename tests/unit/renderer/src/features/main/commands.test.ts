import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../../../../renderer/src/i18n';
import { COMMANDS, commandName, filterCommands } from '../../../../../../renderer/src/features/main/commands';

const names = (query: string) => filterCommands(COMMANDS, query).map(commandName);

describe('the command palette filter', () => {
  afterEach(() => i18n.changeLanguage('en'));

  it('offers every command, by its menu words without the ellipsis, for an empty query', () => {
    expect(names('')).toHaveLength(COMMANDS.length);
    expect(names('')).toContain('Import');
  });

  it('keeps the commands holding every typed word, ignoring case', () => {
    expect(names('new')).toEqual(['New entity', 'New link']);
    expect(names('NEW ent')).toEqual(['New entity']);
    expect(names('zzz')).toEqual([]);
  });

  it('matches the Japanese names, full- or half-width alike', async () => {
    await i18n.changeLanguage('ja');
    expect(names('新規エンティティ')).toEqual(['新規エンティティ']);
    expect(names('ＰＤＦ')).toEqual(['PDF・SVG・PNG に書き出し']);
  });
});
