import { describe, expect, it } from 'vitest';
import {
  kanaOf,
  looseRomaji,
  nameReadings,
  indexNames,
  romajiFold,
} from '../../../../graph-schema/names/readings';

describe('looseRomaji', () => {
  it('folds the spellings of long vowels and of n before b and p to one', () => {
    for (const word of ['sato', 'satou', 'satoh', 'satoo']) expect(looseRomaji(word), word).toBe('sato');
    expect(looseRomaji('ryuuji')).toBe('ryuji');
    expect(looseRomaji('toukyou')).toBe('tokyo');
    expect(looseRomaji('shimbashi')).toBe('shinbashi');
    // "oh" before a vowel is a syllable of its own.
    expect(looseRomaji('ohashi')).toBe('ohashi');
  });
});

describe('kanaOf and romajiFold', () => {
  it('reads Latin words as Japanese only when they are', () => {
    expect(kanaOf('sato')).toBe('さと');
    expect(kanaOf('li')).toBeUndefined();
    expect(kanaOf('wei')).toBeUndefined();
    expect(kanaOf('wang')).toBeUndefined();
    expect(romajiFold('satoh')).toBe('sato');
    expect(romajiFold('example')).toBeUndefined();
    expect(romajiFold('sato')).toBeUndefined();
  });
});

describe('nameReadings', () => {
  it('reads kana as romaji, with its long vowels folded', () => {
    expect(nameReadings('さとう')).toEqual(['satou', 'sato']);
    expect(nameReadings('サトウ')).toEqual(['satou', 'sato']);
    expect(nameReadings('ｻﾄｳ ﾀﾛｳ')).toEqual(['satou', 'sato', 'tarou', 'taro']);
    expect(nameReadings('じゅんいち')).toEqual(['junichi']);
  });

  it('reads Han as toneless pinyin, each syllable and joined', () => {
    expect(nameReadings('王偉')).toEqual(['wang', 'wei', 'wangwei']);
    expect(nameReadings('吕')).toEqual(['lu']);
    // A surname read as one: 单 is "shan" in a name.
    expect(nameReadings('单田芳')).toEqual(['shan', 'tian', 'fang', 'shantianfang']);
  });

  it('reads hangul by the Revised Romanization, and surnames as passports spell them', () => {
    expect(nameReadings('김민준')).toEqual(['gim', 'min', 'jun', 'gimminjun', 'minjun', 'kim']);
    // A surname alone is no name: its passport spelling is not added.
    expect(nameReadings('이')).toEqual(['i']);
    expect(nameReadings('이서연')).toContain('lee');
  });

  it('adds nothing a Latin name is already written with', () => {
    expect(nameReadings('Zhāng Wěi')).toEqual([]);
    expect(nameReadings('Satoh Kenji')).toEqual(['sato']);
    expect(nameReadings('li.wei@example.cn')).toEqual([]);
  });

  it('leaves out, for an entity, the words its other names are written with', () => {
    expect(indexNames(['王偉', 'Wang Wei'])).toEqual({
      words: [
        ['王', '偉'],
        ['wang', 'wei'],
      ],
      readings: ['wangwei'],
    });
  });
});
