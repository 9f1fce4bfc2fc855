import { describe, expect, it } from 'vitest';
import { escapeLucene, luceneSearch } from '../../../../../../electron/services/store/neo4j/lucene';

const luceneQuery = (text: string) => luceneSearch(text)?.written.query;
const phraseFilters = (text: string) => luceneSearch(text)?.written.phrases.map(([p]) => p) ?? [];

describe('luceneQuery', () => {
  it('asks for each word whole or as a prefix, ANDed', () => {
    expect(luceneQuery('ZHANG wei')).toBe('(zhang OR zhang*) AND (wei OR wei*)');
  });

  it('asks for every index word of a word typed as one, the last as a prefix, the exact phrase ranked higher', () => {
    expect(luceneQuery('王偉')).toBe('("王 偉" OR (王 AND 偉*))');
    expect(luceneQuery('li.wei@exam')).toBe('("li wei exam" OR (li AND wei AND exam*))');
    expect(luceneQuery('zhang li.wei')).toBe('(zhang OR zhang*) AND ("li wei" OR (li AND wei*))');
  });

  it('leaves no query syntax in place and answers nothing for empty text', () => {
    for (const text of ['"foo', 'AND (', 'NEAR(a b)', 'label:wang', '-wang', "o'brien", 'a\\b', 'x~2^3']) {
      const query = luceneQuery(text) ?? '';
      // Only our own operators, quotes and trailing stars remain.
      const stripped = query.replace(/ (AND|OR) /g, ' ').replace(/[()"*]/g, '');
      expect(stripped, text).toMatch(/^[\p{L}\p{N} ]*$/u);
    }
    expect(luceneQuery('AND')).toBe('(and OR and*)');
    expect(luceneQuery('   ')).toBeUndefined();
    expect(luceneQuery('* " ^')).toBeUndefined();
  });

  it('escapes every Lucene special character', () => {
    expect(escapeLucene('a+b-c!(d){e}[f]^"g"~h*i?j:k\\l/m&n|o')).toBe(
      'a\\+b\\-c\\!\\(d\\)\\{e\\}\\[f\\]\\^\\"g\\"\\~h\\*i\\?j\\:k\\\\l\\/m\\&n\\|o',
    );
  });
});

describe('luceneSearch, any spelling', () => {
  it('also asks for each word as a marked reading and by its other spellings', () => {
    expect(luceneSearch('wang')?.any.query).toBe('(wang OR wang* OR _wang*)');
    expect(luceneSearch('satoh')?.any.query).toBe('(satoh OR satoh* OR _satoh* OR sato OR _sato)');
    expect(luceneSearch('sato')?.any.query).toBe('(sato OR sato* OR _sato* OR "さ と" OR (さ AND と*))');
  });

  it('keeps a phrase in order unless another spelling of the word is there, whole or as a prefix', () => {
    expect(luceneSearch('サトウ')?.any.phrases).toEqual([
      [' さ と う', ' satou', ' _satou', ' sato ', ' _sato '],
    ]);
    expect(luceneSearch('wang wei')?.any.phrases).toEqual([]);
  });
});

describe('phraseFilters', () => {
  it('keeps the words of a word typed as one in order, with a leading space so each starts a word', () => {
    expect(phraseFilters('li.wei@exam')).toEqual([' li wei exam']);
    expect(phraseFilters('王偉 zhang 민준')).toEqual([' 王 偉', ' 민 준']);
    expect(phraseFilters('zhang wei')).toEqual([]);
    expect(phraseFilters('* "')).toEqual([]);
  });
});
