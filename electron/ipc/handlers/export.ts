import { exportChart } from '../../services/export/chart-export';
import type { Handlers } from '../handlers';

/** Chart exports (PDF, SVG, PNG); paths resolve like case paths (bare names land in the cases folder). */
export function exportHandlers(): Pick<Handlers, 'exportChart'> {
  return {
    exportChart: (request, { cases }) => exportChart(request, (path) => cases.resolvePath(path)),
  };
}
