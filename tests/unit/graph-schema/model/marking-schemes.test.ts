import { describe, expect, it } from 'vitest';
import enDefault from '../../../../graph-schema/markings/en-default.json' with { type: 'json' };
import jaPolice from '../../../../graph-schema/markings/ja-police.json' with { type: 'json' };
import { PlexusError } from '../../../../graph-schema/model/errors';
import { CLASSIFICATIONS } from '../../../../graph-schema/model/grading';
import {
  bannerOf,
  checkCaseMarking,
  levelFor,
  MARKING_SCHEME_IDS,
  markingScheme,
  orderedCaveats,
  parseMarkingScheme,
} from '../../../../graph-schema/model/marking-schemes';

const FILE = '/org/markings/bad.json';

function failure(content: unknown): PlexusError {
  try {
    parseMarkingScheme(content, FILE);
  } catch (error) {
    if (error instanceof PlexusError) return error;
    throw error;
  }
  throw new Error('the scheme was accepted');
}

describe('marking schemes as data', () => {
  it('bundles the English default and the Japanese police scheme', () => {
    expect(MARKING_SCHEME_IDS).toEqual(['en-default', 'ja-police']);
    expect(markingScheme('ja-police').levels.map((l) => l.banner)).toEqual([
      '指定なし',
      '取扱注意',
      '秘',
      '極秘',
      '特定秘密',
    ]);
    // The English default's levels are the stored codes themselves, printed as they always were.
    expect(markingScheme('en-default').levels.map((l) => [l.id, l.banner])).toEqual(
      CLASSIFICATIONS.map((c) => [c, c]),
    );
  });

  it('refuses a bad scheme file with one message naming the file and the field', () => {
    const outOfOrder = structuredClone(jaPolice);
    outOfOrder.levels.reverse();
    const error = failure(outOfOrder);
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain(FILE);
    expect(error.message).toContain('levels.1.id');
    expect(error.message).toContain('lowest first');
    expect(error.details).toEqual([expect.objectContaining({ file: FILE, field: 'levels.1.id' })]);

    const badColour = structuredClone(enDefault);
    badColour.levels[4]!.color = 'red';
    expect(failure(badColour).message).toBe(`${FILE}: marking scheme levels.4.color: a colour as #RRGGBB`);

    const noTop = structuredClone(enDefault);
    noTop.levels.pop();
    expect(failure(noTop).message).toContain('the highest level must be TOP SECRET');

    const twice = structuredClone(jaPolice);
    twice.caveats.push(twice.caveats[0]!);
    expect(failure(twice).message).toContain('caveat BUGAIHI twice');

    expect(failure('not json object').message).toContain(FILE);
  });

  it('names an unknown scheme and the schemes it knows', () => {
    expect(() => markingScheme('fr-defense')).toThrow(
      /Unknown marking scheme "fr-defense" \(known: en-default, ja-police\)/,
    );
  });

  it('prints a code the scheme does not name at the next level up, never lower', () => {
    const ja = markingScheme('ja-police');
    expect(levelFor(ja, 'RESTRICTED').banner).toBe('秘');
    expect(levelFor(ja, 'TOP SECRET').banner).toBe('特定秘密');
    expect(levelFor(ja, 'UNCLASSIFIED').banner).toBe('指定なし');
  });

  it('merges caveats as a union in the scheme order, and refuses a caveat of another scheme', () => {
    const ja = markingScheme('ja-police');
    expect(orderedCaveats(ja, ['FUKUSEI-KINSHI', 'BUGAIHI'], ['BUGAIHI', 'KANKEISHA'])).toEqual([
      'BUGAIHI',
      'KANKEISHA',
      'FUKUSEI-KINSHI',
    ]);
    expect(bannerOf(ja, 'TOP SECRET', ['FUKUSEI-KINSHI', 'BUGAIHI'])).toEqual({
      code: 'TOP SECRET',
      text: '特定秘密／部外秘／複製禁止',
      background: '#FF8C00',
      color: '#000000',
    });
    expect(bannerOf(markingScheme('en-default'), 'SECRET', ['NO-COPIES', 'SENSITIVE']).text).toBe(
      'SECRET // SENSITIVE // NO COPIES',
    );
    expect(() => checkCaseMarking({ scheme: 'ja-police', level: 'SECRET', caveats: ['NO-COPIES'] })).toThrow(
      /Caveat NO-COPIES is not in the ja-police marking scheme/,
    );
  });
});
