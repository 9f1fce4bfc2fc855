import { describe, expect, it } from 'vitest';
import { queryTerms } from '../../../../graph-schema/names/query';

describe('queryTerms', () => {
  it('matches kana also by its romaji, as a prefix and with long vowels folded', () => {
    expect(queryTerms('サトウ')).toEqual([
      {
        written: ['さ', 'と', 'う'],
        others: [
          { words: ['satou'], prefix: true },
          { words: ['sato'], prefix: false },
        ],
      },
    ]);
  });

  it('matches Japanese romaji also folded and as kana; other Latin words as typed', () => {
    expect(queryTerms('Satoh')).toEqual([
      { written: ['satoh'], others: [{ words: ['sato'], prefix: false }] },
    ]);
    expect(queryTerms('sato')).toEqual([
      { written: ['sato'], others: [{ words: ['さ', 'と'], prefix: true }] },
    ]);
    expect(queryTerms('wang2wei3')).toEqual([
      { written: ['wang2wei3'], others: [{ words: ['wangwei'], prefix: true }] },
    ]);
    // Kunrei romaji reads as the same kana as Hepburn.
    expect(queryTerms('sitou')[0]?.others).toContainEqual({ words: ['し', 'と', 'う'], prefix: true });
    expect(queryTerms('wang wei')).toEqual([
      { written: ['wang'], others: [] },
      { written: ['wei'], others: [] },
    ]);
  });

  it('gives no other spelling of a form already asked for nor of CJK; joins Latin words typed as one', () => {
    expect(queryTerms('さとー')).toEqual([
      { written: ['さ', 'と', 'ー'], others: [{ words: ['sato'], prefix: true }] },
    ]);
    expect(queryTerms('王偉 min-jun')).toEqual([
      { written: ['王', '偉'], others: [] },
      { written: ['min', 'jun'], others: [{ words: ['minjun'], prefix: true }] },
    ]);
    expect(queryTerms(' " * ')).toEqual([]);
  });
});
