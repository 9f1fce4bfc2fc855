import { readCaseMarking, writeCaseMarking } from '../../services/store/case-marking';
import type { Session } from '../../services/sessions';
import type { Handlers } from '../handlers';

type ChartMethods =
  | 'listCharts'
  | 'getChart'
  | 'createChart'
  | 'saveChart'
  | 'duplicateChart'
  | 'renameChart'
  | 'deleteChart'
  | 'getCaseMarking'
  | 'setCaseMarking';

/** Saved charts and the case's marking, on the current store whichever kind it is. */
export function chartHandlers(): Pick<Handlers, ChartMethods> {
  const charts = (session: Session) => session.cases.current().charts;
  return {
    listCharts: (_, session) => charts(session).list(),
    getChart: ({ id }, session) => charts(session).get(id),
    createChart: ({ chart }, session) => charts(session).create(chart),
    saveChart: ({ id, chart, version }, session) => charts(session).save(id, chart, version),
    duplicateChart: ({ id, name }, session) => charts(session).duplicate(id, name),
    renameChart: ({ id, name }, session) => charts(session).rename(id, name),
    deleteChart: async ({ id }, session) => {
      await charts(session).delete(id);
      return { deleted: true as const };
    },
    getCaseMarking: async (_, { cases }) => ({ marking: await readCaseMarking(cases.current()) }),
    setCaseMarking: async ({ marking }, { cases }) => ({
      marking: await writeCaseMarking(cases.current(), marking),
    }),
  };
}
