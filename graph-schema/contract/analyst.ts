import { z } from 'zod';
import { PlexusError } from '../model/errors';
import type { MethodSpec } from './method-spec';

/**
 * The analyst's name (issue 12): set once in the app's preferences, or with --analyst /
 * PLEXUS_ANALYST on the CLI, and entered in the case history beside the OS user, so a shared
 * account still says who sat at the desk.
 */

export const ANALYST_NAME_MAX = 100;

/*
 * Control characters would let a name rewrite the terminal `audit log` prints to, and the
 * bidirectional overrides and isolates would make one name read as another in a history panel.
 */
const UNSAFE = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

/** What is wrong with a typed name, as a code the app words in its language; undefined when nothing. */
export type AnalystNameProblem = 'empty' | 'too-long' | 'control-character';

export function analystNameProblem(typed: string): AnalystNameProblem | undefined {
  const name = typed.trim();
  if (name === '') return 'empty';
  if (UNSAFE.test(name)) return 'control-character';
  if (name.length > ANALYST_NAME_MAX) return 'too-long';
  return undefined;
}

const RULES: Record<AnalystNameProblem, string> = {
  empty: 'is empty',
  'too-long': `is longer than ${ANALYST_NAME_MAX} characters`,
  'control-character': 'holds a control character',
};

/** Trimmed, 1 to 100 characters, nothing that moves the cursor or the reading order. */
export const AnalystName = z
  .string()
  .trim()
  .check((ctx) => {
    const problem = analystNameProblem(ctx.value);
    if (problem) ctx.issues.push({ code: 'custom', message: RULES[problem], input: ctx.value });
  });

/**
 * A name as typed or read from the environment: undefined when blank (no analyst set), the
 * trimmed name when it is valid, VALIDATION naming `where` and the rule otherwise.
 */
export function parseAnalystName(raw: string | undefined, where: string): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const result = AnalystName.safeParse(raw);
  if (result.success) return result.data;
  const rule = result.error.issues[0]?.message ?? 'is not a name';
  const message = `${where}: the analyst name ${rule}`;
  throw new PlexusError('VALIDATION', message, [{ field: where, message }]);
}

export const analystMethods = {
  setAnalyst: {
    summary:
      "Set the analyst name this window's writes enter in the case history beside the OS user (absent: none).",
    request: z.strictObject({ name: AnalystName.optional() }),
    response: z.strictObject({ name: z.string().optional() }),
    errors: [],
  },
} as const satisfies Record<string, MethodSpec>;
