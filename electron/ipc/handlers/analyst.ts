import type { Handlers } from '../handlers';

/** The analyst name this window's writes enter in the case history (issue 12). */
export function analystHandlers(): Pick<Handlers, 'setAnalyst'> {
  return {
    setAnalyst: async ({ name }, { cases }) => {
      cases.setAnalyst(name);
      return name !== undefined ? { name } : {};
    },
  };
}
