import type { Session } from '../../services/sessions';
import type { Handlers } from '../handlers';

type SourceMethods =
  | 'listSources'
  | 'createSource'
  | 'updateSource'
  | 'deleteSource'
  | 'listCitations'
  | 'citeSource'
  | 'updateCitation'
  | 'removeCitation'
  | 'setGradeMode';

/** Sources and citations, on the current store whichever kind it is. */
export function sourceHandlers(): Pick<Handlers, SourceMethods> {
  const sources = (session: Session) => session.cases.current().sources;
  return {
    listSources: (_, session) => sources(session).list(),
    createSource: ({ source }, session) => sources(session).create(source),
    updateSource: ({ id, patch }, session) => sources(session).update(id, patch),
    deleteSource: async ({ id }, session) => {
      await sources(session).delete(id);
      return { deleted: true as const };
    },
    listCitations: async ({ items }, session) => {
      const store = sources(session);
      return { citations: await store.citationsOf(items), gradeModes: await store.gradeModes(items) };
    },
    citeSource: ({ citation }, session) => sources(session).cite(citation),
    updateCitation: ({ id, patch }, session) => sources(session).updateCitation(id, patch),
    removeCitation: async ({ id }, session) => {
      await sources(session).removeCitation(id);
      return { removed: true as const };
    },
    setGradeMode: async ({ item, mode }, session) => {
      await sources(session).setGradeMode(item, mode);
      return { mode };
    },
  };
}
