import { describe, expect, it } from 'vitest';
import { foldText, hiragana, nameFold, searchWords, spaceCjk } from '../../../../graph-schema/names/fold';

describe('spaceCjk', () => {
  it('makes every han, kana and hangul character its own word and leaves latin words whole', () => {
    expect(spaceCjk('王偉')).toBe('王 偉');
    expect(spaceCjk('山田たろう Smith')).toBe('山 田 た ろ う Smith');
    expect(spaceCjk('김민준')).toBe('김 민 준');
    expect(spaceCjk('Zhāng Wěi')).toBe('Zhāng Wěi');
  });
});

describe('foldText', () => {
  it('folds case, accents and spacing', () => {
    expect(foldText('  Zhāng   WĚI ')).toBe('zhang wei');
    expect(foldText('Müller')).toBe(foldText('MULLER'));
  });
});

describe('hiragana', () => {
  it('turns katakana into hiragana one for one and leaves the rest', () => {
    expect(hiragana('サトウ ヴ ヶ ー Sato 佐藤')).toBe('さとう ゔ ゖ ー Sato 佐藤');
  });
});

describe('nameFold', () => {
  it('folds width, kana, case and Latin accents, keeping kana voicing marks', () => {
    expect(nameFold('ｻﾄｳ')).toBe('さとう');
    expect(nameFold('Ｓａｔō  ＴＡＲＯ')).toBe('sato taro');
    expect(nameFold('ガッコウ')).toBe('がっこう');
    expect(nameFold('さどう')).not.toBe(nameFold('さとう'));
    expect(nameFold('김민준')).toBe('김민준');
  });
});

describe('searchWords', () => {
  it('splits as the case file tokenizer does, CJK one word a character, hangul syllables whole', () => {
    expect(searchWords('Zhāng  Wěi')).toEqual(['zhang', 'wei']);
    expect(searchWords('li.wei@example.cn')).toEqual(['li', 'wei', 'example', 'cn']);
    expect(searchWords('+44 7700 900123')).toEqual(['44', '7700', '900123']);
    expect(searchWords('王偉')).toEqual(['王', '偉']);
    expect(searchWords('김민준')).toEqual(['김', '민', '준']);
    expect(searchWords('ｻﾄｳ・タロー')).toEqual(['さ', 'と', 'う', 'た', 'ろ', 'ー']);
  });
});
