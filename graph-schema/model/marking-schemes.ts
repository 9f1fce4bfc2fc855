import { z } from 'zod';
import enDefault from '../markings/en-default.json' with { type: 'json' };
import jaPolice from '../markings/ja-police.json' with { type: 'json' };
import { PlexusError } from './errors';
import { CLASSIFICATIONS, Classification } from './grading';

const HexColor = z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'a colour as #RRGGBB');
const Names = z.strictObject({ en: z.string().min(1).max(80), ja: z.string().min(1).max(80) });

/**
 * A level's id is one of the six stored classification codes: records and case files keep
 * the code, and the scheme says how that code is named, printed and coloured. So the
 * English default (whose ids are the codes themselves) reads every existing case unchanged,
 * and a case can switch scheme without rewriting a single record.
 */
export const MarkingLevel = z.strictObject({
  id: Classification,
  name: Names,
  banner: z.string().min(1).max(60),
  color: HexColor,
  textColor: HexColor,
});
export type MarkingLevel = z.infer<typeof MarkingLevel>;

/** A handling word added to the banner after the level (部外秘, NO COPIES). */
export const MarkingCaveat = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9-]{1,40}$/, 'letters, digits and hyphens'),
  name: Names,
  banner: z.string().min(1).max(40),
});
export type MarkingCaveat = z.infer<typeof MarkingCaveat>;

const rank = (id: Classification) => CLASSIFICATIONS.indexOf(id);

export const MarkingScheme = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'lower-case letters, digits and hyphens'),
    name: Names,
    /** Between the level and each caveat on the banner. */
    separator: z.string().min(1).max(8),
    levels: z.array(MarkingLevel).min(1).max(CLASSIFICATIONS.length),
    caveats: z.array(MarkingCaveat).max(30),
  })
  .superRefine((scheme, ctx) => {
    scheme.levels.forEach((level, i) => {
      const before = scheme.levels[i - 1];
      if (before && rank(level.id) <= rank(before.id))
        ctx.addIssue({
          code: 'custom',
          path: ['levels', i, 'id'],
          message: `levels go lowest first in the order ${CLASSIFICATIONS.join(' < ')}; ${level.id} comes after ${before.id}`,
        });
    });
    // Every stored code must print at or above itself, so the top code needs a level.
    if (scheme.levels.at(-1)?.id !== 'TOP SECRET')
      ctx.addIssue({ code: 'custom', path: ['levels'], message: 'the highest level must be TOP SECRET' });
    const seen = new Set<string>();
    scheme.caveats.forEach((caveat, i) => {
      if (seen.has(caveat.id))
        ctx.addIssue({ code: 'custom', path: ['caveats', i, 'id'], message: `caveat ${caveat.id} twice` });
      seen.add(caveat.id);
    });
  });
export type MarkingScheme = z.infer<typeof MarkingScheme>;

/** One clear message naming the file and the first place it breaks. */
export function parseMarkingScheme(content: unknown, file: string): MarkingScheme {
  const parsed = MarkingScheme.safeParse(content);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') ?? '';
  const message = issue?.message ?? 'not a marking scheme';
  throw new PlexusError('VALIDATION', `${file}: marking scheme ${field ? `${field}: ` : ''}${message}`, [
    { file, ...(field ? { field } : {}), message },
  ]);
}

export const DEFAULT_MARKING_SCHEME = 'en-default';

/**
 * The schemes this build knows. They are bundled, not read from disk, because the banner is
 * composed in the renderer (SVG, PNG) as well as in Node (PDF) and must be the same on both.
 */
export const MARKING_SCHEMES: readonly MarkingScheme[] = [
  parseMarkingScheme(enDefault, 'graph-schema/markings/en-default.json'),
  parseMarkingScheme(jaPolice, 'graph-schema/markings/ja-police.json'),
];

export const MARKING_SCHEME_IDS = MARKING_SCHEMES.map((s) => s.id);

export function findMarkingScheme(id: string): MarkingScheme | undefined {
  return MARKING_SCHEMES.find((s) => s.id === id);
}

export function markingScheme(id: string): MarkingScheme {
  const scheme = findMarkingScheme(id);
  if (scheme) return scheme;
  throw new PlexusError(
    'VALIDATION',
    `Unknown marking scheme "${id}" (known: ${MARKING_SCHEME_IDS.join(', ')})`,
    [{ field: 'markingScheme', message: `unknown scheme ${id}` }],
  );
}

/**
 * The scheme's level a stored code prints as: the lowest level at or above it, so a code the
 * scheme does not name (RESTRICTED in the Japanese scheme) is never printed lower than it is.
 */
export function levelFor(scheme: MarkingScheme, code: Classification): MarkingLevel {
  const level = scheme.levels.find((l) => rank(l.id) >= rank(code));
  // The schema guarantees a TOP SECRET level, so find cannot miss; the fallback keeps types honest.
  return level ?? (scheme.levels.at(-1) as MarkingLevel);
}

/** The case's marking: which scheme it is read in, its level, and its handling caveats. */
export const CaseMarking = z.strictObject({
  scheme: z.string().max(40).default(DEFAULT_MARKING_SCHEME),
  level: Classification.default('UNCLASSIFIED'),
  caveats: z.array(z.string().max(40)).max(30).default([]),
});
export type CaseMarking = z.infer<typeof CaseMarking>;

/** A case marking that names only what its scheme knows; the message names the field. */
export function checkCaseMarking(marking: CaseMarking): CaseMarking {
  const scheme = markingScheme(marking.scheme);
  const unknown = marking.caveats.filter((c) => !scheme.caveats.some((k) => k.id === c));
  if (unknown.length > 0)
    throw new PlexusError(
      'VALIDATION',
      `Caveat ${unknown.join(', ')} is not in the ${scheme.id} marking scheme (known: ${scheme.caveats.map((c) => c.id).join(', ')})`,
      [{ field: 'caveats', message: `unknown caveat ${unknown.join(', ')}` }],
    );
  return { ...marking, caveats: orderedCaveats(scheme, marking.caveats) };
}

/** Union of caveats in the scheme's own order, so the banner reads the same however they were picked. */
export function orderedCaveats(scheme: MarkingScheme, ...lists: readonly (readonly string[])[]): string[] {
  const wanted = new Set(lists.flat());
  return scheme.caveats.filter((c) => wanted.has(c.id)).map((c) => c.id);
}

export interface Banner {
  /** The stored code the banner stands for (for metadata and comparisons). */
  code: Classification;
  text: string;
  background: string;
  color: string;
}

/** What prints for a code and caveats: the level's banner, then each caveat's, in the scheme's colours. */
export function bannerOf(scheme: MarkingScheme, code: Classification, caveats: readonly string[]): Banner {
  const level = levelFor(scheme, code);
  const words = orderedCaveats(scheme, caveats).map(
    (id) => scheme.caveats.find((c) => c.id === id)?.banner ?? id,
  );
  return {
    code: level.id,
    text: [level.banner, ...words].join(scheme.separator),
    background: level.color,
    color: level.textColor,
  };
}
