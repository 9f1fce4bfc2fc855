import { describe, expect, it } from 'vitest';
import { guessType, stemKey, typeWords } from '../../../../graph-schema/model';
import { schema } from '../../renderer/src/features/import/schema-fixture';

describe('type words', () => {
  const words = typeWords(schema);

  it('reads a word as imports do: name, label or plural, case and separators ignored', () => {
    expect(words.link('Employed_By')?.name).toBe('EMPLOYED_BY');
    expect(words.link('employed-by')?.name).toBe('EMPLOYED_BY');
    expect(words.link('OWNS')?.name).toBe('OWNS');
    expect(words.entity('people')?.name).toBe('Person');
    // The i2 synonyms: an agency is an organization.
    expect(words.entity('Federal Agency')?.name).toBe('Organization');
    expect(words.link('Ownership')).toBeUndefined();
  });

  it('guesses by stems, keeping the words that give a direction', () => {
    const links = schema.linkTypes;
    const guess = (word: string) => guessType(word, links, words.link)?.name;
    expect(guess('Ownership')).toBe('OWNS');
    expect(guess('owner of')).toBe('OWNS');
    expect(guess('is owner of')).toBe('OWNS');
    expect(guess('Membership')).toBe('MEMBER_OF');
    expect(guess('travelled to')).toBe('TRAVELED_TO');
    // "owned by" runs the other way: no guess rather than a wrong direction.
    expect(guess('owned by')).toBeUndefined();
    expect(guess('Friend of')).toBeUndefined();
    expect(guess('Visited')).toBeUndefined();
    expect(stemKey('Ownership')).toBe(stemKey('owns'));
  });

  it('guesses only among the types offered', () => {
    const others = schema.linkTypes.filter((t) => t.name !== 'OWNS');
    expect(guessType('Ownership', others, words.link)).toBeUndefined();
  });
});
