import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n, setLanguage } from '../../../../../renderer/src/i18n';
import { errorDetails, errorTitle, failureLine } from '../../../../../renderer/src/i18n/errors';
import {
  compareNames,
  formatDate,
  formatDateTime,
  formatNumber,
} from '../../../../../renderer/src/i18n/format';
import { initialLanguage } from '../../../../../renderer/src/i18n/language';
import type { AppError } from '../../../../../renderer/src/stores/app-error';

afterEach(async () => {
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

function storage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => data.set(k, v) };
}

describe('language', () => {
  it('follows the OS / browser: Japanese for any ja tag, else English', () => {
    vi.stubGlobal('navigator', { languages: ['ja-JP', 'en-US'], language: 'ja-JP' });
    expect(initialLanguage()).toBe('ja');
    vi.stubGlobal('navigator', { languages: ['fr-FR', 'de'], language: 'fr-FR' });
    expect(initialLanguage()).toBe('en');
  });

  it('is remembered, and the remembered choice wins over the OS', async () => {
    vi.stubGlobal('navigator', { languages: ['en-US'], language: 'en-US' });
    vi.stubGlobal('localStorage', storage());
    vi.stubGlobal('document', { documentElement: { lang: 'en' } });
    await setLanguage('ja');
    expect(initialLanguage()).toBe('ja');
    expect(document.documentElement.lang).toBe('ja');
    expect(i18n.t('common:cancel')).toBe('キャンセル');
    await setLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(i18n.t('common:cancel')).toBe('Cancel');
  });
});

describe('formatting', () => {
  const when = new Date(2026, 11, 5, 14, 2);
  it('writes dates, times and numbers for the language', () => {
    expect(formatDate(when, 'ja')).toBe('2026年12月5日');
    expect(formatDateTime(when, 'ja')).toBe('2026年12月5日 14:02');
    expect(formatDate(when, 'en')).toBe('5 December 2026');
    expect(formatNumber(12345, 'ja')).toBe('12,345');
    expect(formatDate('not a date', 'ja')).toBe('not a date');
  });

  it('sorts Japanese names in gojūon order', () => {
    const names = ['さとう', 'アベ', 'かとう', 'いとう'];
    expect([...names].sort((a, b) => compareNames(a, b, 'ja'))).toEqual([
      'アベ',
      'いとう',
      'かとう',
      'さとう',
    ]);
  });
});

describe('backend errors', () => {
  const unreachable: AppError = { code: 'CONNECTION', message: 'Cannot reach neo4j://x:7687', details: [] };
  const badRow: AppError = {
    code: 'VALIDATION',
    message: 'Row 4 is not valid',
    details: [{ file: 'people.csv', line: 4, field: 'birthDate', message: 'not a date' }],
  };

  it('says what failed in English with the backend’s own words', () => {
    expect(failureLine('Expand', unreachable)).toBe('Expand failed: Cannot reach neo4j://x:7687');
    expect(failureLine('Expand', { ...unreachable, code: 'CANCELLED' })).toBe('Query cancelled');
  });

  it('says it in Japanese by the code, never in the backend’s English', async () => {
    await i18n.changeLanguage('ja');
    expect(failureLine('展開', unreachable)).toBe('展開に失敗しました：サーバーに接続できません。');
    expect(errorTitle(badRow)).toBe('入力内容が正しくありません');
    // The places the backend named, as detail lines in the language.
    expect(errorDetails(badRow)).toEqual(['ファイル people.csv、4 行目、項目 birthDate：not a date']);
  });

  it('treats an unknown code as an internal error', () => {
    expect(errorTitle({ code: 'SOMETHING_NEW' })).toBe('Something went wrong');
  });
});
