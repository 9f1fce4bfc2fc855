import { afterEach, describe, expect, it } from 'vitest';
import { counted, countedItems } from '../../../../../../renderer/src/features/dialogs/counted';
import { i18n } from '../../../../../../renderer/src/i18n';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('counts in dialogs', () => {
  it('say one and many in English, with grouped numbers', () => {
    expect(counted('entities', 1)).toBe('1 entity');
    expect(counted('links', 12345)).toBe('12,345 links');
    expect(countedItems(2, 1)).toBe('2 entities and 1 link');
    expect(countedItems(0, 3)).toBe('3 links');
    expect(countedItems(1, 0, true)).toBe('1 entity and 0 links');
  });

  it('count with 件 in Japanese, the noun first', async () => {
    await i18n.changeLanguage('ja');
    expect(counted('entities', 1)).toBe('エンティティ 1 件');
    expect(countedItems(2, 1)).toBe('エンティティ 2 件・リンク 1 件');
  });
});
