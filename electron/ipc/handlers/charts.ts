import type { AppServices } from '../../services/app-services';
import { readCaseMarking, writeCaseMarking } from '../../services/store/case-marking';
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
export function chartHandlers({ cases }: AppServices): Pick<Handlers, ChartMethods> {
  const charts = () => cases.current().charts;
  return {
    listCharts: () => charts().list(),
    getChart: ({ id }) => charts().get(id),
    createChart: ({ chart }) => charts().create(chart),
    saveChart: ({ id, chart, version }) => charts().save(id, chart, version),
    duplicateChart: ({ id, name }) => charts().duplicate(id, name),
    renameChart: ({ id, name }) => charts().rename(id, name),
    deleteChart: async ({ id }) => {
      await charts().delete(id);
      return { deleted: true as const };
    },
    getCaseMarking: async () => ({ marking: await readCaseMarking(cases.current()) }),
    setCaseMarking: async ({ marking }) => ({ marking: await writeCaseMarking(cases.current(), marking) }),
  };
}
