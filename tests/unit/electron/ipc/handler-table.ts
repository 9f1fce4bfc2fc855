import type { Handlers } from '../../../../electron/ipc/handlers';
import { METHOD_NAMES } from '../../../../graph-schema/contract/methods';

/** A handler table where every method not overridden fails as a bug would. */
export function handlerTable(overrides: Partial<Handlers>): Handlers {
  const table: Record<string, unknown> = {};
  for (const name of METHOD_NAMES)
    table[name] = () => Promise.reject(new Error(`${name} is not wired in this test`));
  return { ...(table as Handlers), ...overrides };
}
