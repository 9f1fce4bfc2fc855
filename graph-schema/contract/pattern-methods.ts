import { z } from 'zod';
import { PatternName, PatternResult, SavedPattern } from '../model/pattern';
import { graph, None, type MethodSpec } from './method-spec';

/**
 * Pattern searches (issue 14): the contract's pattern methods. Patterns travel as the user
 * built them (Pattern's input); the store checks them against the case's types and answers
 * VALIDATION naming the place.
 */
const PatternInput = z.record(z.string(), z.unknown());

export const patternMethods = {
  listPatterns: {
    summary: "The case's saved patterns, by name.",
    request: None,
    response: z.array(SavedPattern),
    errors: graph,
  },
  savePattern: {
    summary: 'Save a pattern in the case under a name; a saved name is replaced.',
    request: z.strictObject({ name: PatternName, pattern: PatternInput }),
    response: SavedPattern,
    errors: [...graph, 'VALIDATION', 'FORBIDDEN'],
  },
  renamePattern: {
    summary: 'Give a saved pattern a new name; CONFLICT when the name is taken.',
    request: z.strictObject({ name: PatternName, to: PatternName }),
    response: SavedPattern,
    errors: [...graph, 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN'],
  },
  deletePattern: {
    summary: 'Delete a saved pattern.',
    request: z.strictObject({ name: PatternName }),
    response: z.strictObject({ deleted: z.literal(true) }),
    errors: [...graph, 'NOT_FOUND', 'FORBIDDEN'],
  },
  runPattern: {
    summary: 'Find the matches of a pattern, given whole or by its saved name; rows capped at its limit.',
    request: z.union([z.strictObject({ pattern: PatternInput }), z.strictObject({ name: PatternName })]),
    response: PatternResult,
    errors: [...graph, 'VALIDATION', 'NOT_FOUND', 'TIMEOUT', 'CANCELLED'],
  },
} as const satisfies Record<string, MethodSpec>;
