import type { Session } from '../../services/sessions';
import type { Handlers } from '../handlers';

type PatternMethods = 'listPatterns' | 'savePattern' | 'renamePattern' | 'deletePattern' | 'runPattern';

/** Saved patterns and pattern runs, on the current store whichever kind it is. */
export function patternHandlers(): Pick<Handlers, PatternMethods> {
  const patterns = (session: Session) => session.cases.current().patterns;
  return {
    listPatterns: (_, session) => patterns(session).list(),
    savePattern: ({ name, pattern }, session) => patterns(session).save(name, pattern),
    renamePattern: ({ name, to }, session) => patterns(session).rename(name, to),
    deletePattern: async ({ name }, session) => {
      await patterns(session).delete(name);
      return { deleted: true as const };
    },
    runPattern: async (request, session) => {
      const store = patterns(session);
      const pattern = 'name' in request ? (await store.get(request.name)).pattern : request.pattern;
      return store.run(pattern);
    },
  };
}
