import { useEffect, useRef } from 'react';
import { createChartAdapter } from '../../chart/adapter';
import { chartDiff, isEmptyDiff } from '../../chart/diff';
import type { ChartSelection } from '../../chart/types';
import { signalReady } from '../../app/ready';
import type { AppState } from '../../stores/app-state';
import { useAppStore } from '../../stores/app-store';
import { expandOne } from '../actions';
import { attachChart } from './chart-controller';
import { ChartContextMenu } from './ChartContextMenu';
import { EmptyChartHint } from './EmptyChartHint';
import { PathPanel } from './PathPanel';

function pathHighlight(state: AppState): ChartSelection | null {
  const result = state.path?.result;
  return result?.found ? { entities: result.entityIds, links: result.linkIds } : null;
}

/**
 * Mounts the chart adapter and feeds it store changes through a vanilla subscription:
 * React renders this component once, however large the chart grows.
 */
export function ChartHost() {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    const store = useAppStore;
    const schema = store.getState().schema;
    if (!element || !schema) return;

    const adapter = createChartAdapter(element, {
      schema,
      onSelectionChange: (ids) => store.getState().setSelection(ids),
      onOpen: (entityId) => void expandOne(entityId),
      onContextMenu: (request) => {
        const box = element.getBoundingClientRect();
        store.getState().openContextMenu({ ...request, x: box.left + request.x, y: box.top + request.y });
      },
    });
    const initial = store.getState();
    adapter.apply(chartDiff({ entities: {}, links: {} }, initial.chart));
    adapter.setSelection(initial.selection);
    adapter.highlight(pathHighlight(initial));
    attachChart(adapter);

    const unsubscribe = store.subscribe((state, prev) => {
      if (state.chart !== prev.chart) {
        const diff = chartDiff(prev.chart, state.chart);
        if (!isEmptyDiff(diff)) adapter.apply(diff);
      }
      if (state.selection !== prev.selection) adapter.setSelection(state.selection);
      if (state.path !== prev.path || (state.path && state.chart !== prev.chart))
        adapter.highlight(pathHighlight(state));
    });
    signalReady('case');

    return () => {
      unsubscribe();
      attachChart(null);
      adapter.destroy();
      signalReady(null);
    };
  }, []);

  return (
    <div className="chart-area">
      <div ref={container} className="chart-canvas" />
      <EmptyChartHint />
      <PathPanel />
      <ChartContextMenu />
    </div>
  );
}
