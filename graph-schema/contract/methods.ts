import type { z } from 'zod';
import { sessionMethods } from './session-methods';
import { caseMethods } from './case-methods';
import { recordMethods } from './record-methods';
import { queryMethods } from './query-methods';
import { ioMethods } from './io-methods';
import { serverMethods } from './server-methods';
import { chartMethods } from './chart-methods';
import { historyMethods } from './history';
import { analystMethods } from './analyst';
import { sourceMethods } from './source-methods';
import { patternMethods } from './pattern-methods';
import { type MethodSpec } from './method-spec';

/**
 * The one API between the renderer and Node. Each method exists once, in the part file of its
 * area (session-, case-, record-, query-, io-, server-, chart-, source-, pattern-methods.ts,
 * history.ts, analyst.ts); this object assembles them, and the IPC handler table, the preload
 * bridge, browser mode's HTTP transport and the renderer's typed client are all derived from it.
 */
export const contract = {
  ...sessionMethods,
  ...caseMethods,
  ...recordMethods,
  ...queryMethods,
  ...ioMethods,
  ...serverMethods,
  ...chartMethods,
  ...historyMethods,
  ...analystMethods,
  ...sourceMethods,
  ...patternMethods,
} as const satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

/** What a caller sends (defaults may be left out). */
export type Request<M extends MethodName> = z.input<Contract[M]['request']>;
/** What a handler receives after validation (defaults filled in). */
export type ParsedRequest<M extends MethodName> = z.output<Contract[M]['request']>;
export type Response<M extends MethodName> = z.output<Contract[M]['response']>;

/** The renderer's view of the API: one async function per method. */
export type PlexusApi = { [M in MethodName]: (request: Request<M>) => Promise<Response<M>> };

/** Methods that need no window session (see MethodSpec.scope). */
export type AppMethodName = {
  [M in MethodName]: Contract[M] extends { scope: 'app' } ? M : never;
}[MethodName];
export type SessionMethodName = Exclude<MethodName, AppMethodName>;

export function isAppMethod(method: MethodName): method is AppMethodName {
  return (contract[method] as MethodSpec).scope === 'app';
}

export function isMethodName(value: string): value is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, value);
}
