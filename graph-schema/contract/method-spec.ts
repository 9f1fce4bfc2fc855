import { z } from 'zod';
import { type ErrorCode } from '../model/errors';
import { Id } from '../model/records';

/** What the contract says of each method; methods.ts and its part files are written in it. */
export interface MethodSpec {
  request: z.ZodType;
  response: z.ZodType;
  /** Codes a caller should expect besides VALIDATION and INTERNAL, which any method may raise. */
  errors: readonly ErrorCode[];
  /** One line for the README and the CLI's help. */
  summary: string;
  /**
   * 'app' methods read what every window shares (the schema, recent cases, saved connections)
   * and need no session; every other method acts in the window session its request names.
   */
  scope?: 'app';
}

export const None = z.strictObject({});
export const Ids = z.strictObject({ ids: z.array(Id).max(100_000) });
export const FilePath = z.string().min(1).max(4096);
export const graph = ['NO_CASE_OPEN'] as const;
