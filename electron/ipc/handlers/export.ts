import type { AppServices } from '../../services/app-services';
import { exportChart } from '../../services/export/chart-export';
import type { Handlers } from '../handlers';

/** Chart exports (PDF, SVG, PNG); paths resolve like case paths (bare names land in the cases folder). */
export function exportHandlers({ cases }: AppServices): Pick<Handlers, 'exportChart'> {
  return {
    exportChart: (request) => exportChart(request, (path) => cases.resolvePath(path)),
  };
}
