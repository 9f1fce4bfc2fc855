import { z } from 'zod';
import { Schema } from '../model/schema';
import { AnalystName } from './analyst';
import { None, type MethodSpec } from './method-spec';

/** A window's session (its own open case, import and queries), and the schema every window shares. */
export const sessionMethods = {
  openSession: {
    summary:
      "Start this window's session (its own open case, import and queries); `resume` takes back the session a reload left.",
    request: z.strictObject({
      resume: z.string().min(1).max(100).optional(),
      /** The analyst name set in this window's preferences, from the session's first write (setAnalyst). */
      analyst: AnalystName.optional(),
    }),
    response: z.strictObject({ id: z.string() }),
    errors: [],
    scope: 'app',
  },
  keepSession: {
    summary: 'Tell the server this window is still there, so its session and open case are kept.',
    request: None,
    response: z.strictObject({ kept: z.literal(true) }),
    errors: ['NO_SESSION'],
  },
  closeSession: {
    summary:
      "End this window's session and close its case; `soon` waits a few seconds for a reload to resume it.",
    request: z.strictObject({ soon: z.boolean().default(false) }),
    response: z.strictObject({ closed: z.boolean() }),
    errors: ['NO_SESSION'],
  },
  getSchema: {
    summary: 'The entity and link types in force, with their properties, icons and colours.',
    request: None,
    response: Schema,
    errors: [],
    scope: 'app',
  },
} as const satisfies Record<string, MethodSpec>;
