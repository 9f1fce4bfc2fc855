import { NonIdealState } from '@blueprintjs/core';
import { useAppStore } from '../../stores/app-store';

/** An empty chart says how to fill it rather than showing a blank canvas. */
export function EmptyChartHint() {
  const empty = useAppStore((s) => Object.keys(s.chart.entities).length === 0);
  const caseEntities = useAppStore((s) => s.caseInfo?.entityCount ?? 0);
  if (!empty) return null;
  return (
    <div className="chart-hint">
      <NonIdealState
        icon="search"
        title="The chart is empty"
        description={
          caseEntities > 0
            ? `Search the case's ${caseEntities.toLocaleString()} entities (Ctrl+K) and add them here, then double-click to expand.`
            : 'Create the first entity with “New entity”, or open the demo case.'
        }
      />
    </div>
  );
}
