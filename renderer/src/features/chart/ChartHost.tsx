import { useEffect, useRef } from 'react';
import { createChartAdapter } from '../../chart/adapter';
import { chartDiff, isEmptyDiff } from '../../chart/diff';
import type { ChartSelection } from '../../chart/types';
import { signalReady } from '../../app/ready';
import type { AppState } from '../../stores/app-state';
import { useAppStore } from '../../stores/app-store';
import { outOfSight } from '../../stores/grade-filter';
import { attachChart } from '../../chart/mounted';
import { onLinkDrawn, setLinkDrawing } from '../../chart/link-drawing';
import { readOnlyReason } from '../../stores/connection-slice';
import type { ChartDecor } from '../../chart/decor';
import type { DecorEvent } from '../../chart/types';
import { expandOne } from '../actions';
import { ChartContextMenu } from './ChartContextMenu';
import { EmptyChartHint } from './EmptyChartHint';
import { PathPanel } from './PathPanel';
import { AnalysisPanel } from '../analysis/AnalysisPanel';
import { i18n } from '../../i18n';
import { currentTheme, onThemeChange } from '../../app/theme';

/** The found paths put on the chart, highlighted together. */
function pathHighlight(state: AppState): ChartSelection | null {
  const view = state.path;
  const shown = view?.shown.flatMap((i) => view.result.paths[i] ?? []) ?? [];
  if (shown.length === 0) return null;
  return {
    entities: [...new Set(shown.flatMap((p) => p.entityIds))],
    links: [...new Set(shown.flatMap((p) => p.linkIds))],
  };
}

/** Out of sight: hidden by hand and below the chart's grade filter (outOfSight). */
function decorOf(state: Pick<AppState, 'chart' | 'view'>): ChartDecor {
  const { view } = state;
  return {
    groups: view.groups,
    annotations: view.annotations,
    pinned: view.pinned,
    hidden: outOfSight(state),
  };
}

/** Dragging a group or note remembers its place; double-clicking a group folds or unfolds it. */
function onDecorEvent(event: DecorEvent): void {
  const state = useAppStore.getState();
  if (event.type === 'moved') {
    state.moveDecor(event.kind, event.id, event.x, event.y);
    return;
  }
  if (event.kind === 'group') {
    const group = state.view.groups.find((g) => g.id === event.id);
    if (group) void state.setGroupCollapsed(group.id, !group.collapsed);
  } else {
    state.openDialog({ kind: 'note', noteId: event.id });
  }
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
      theme: currentTheme(),
      onSelectionChange: (ids) => store.getState().setSelection(ids),
      onOpen: (entityId) => void expandOne(entityId),
      onContextMenu: (request) => {
        const box = element.getBoundingClientRect();
        store.getState().openContextMenu({ ...request, x: box.left + request.x, y: box.top + request.y });
      },
      onDecorEvent: (event) => onDecorEvent(event),
      onNodesMoved: () => store.getState().markViewDirty(),
    });
    const initial = store.getState();
    adapter.setStyle(initial.view.style);
    adapter.setDecor(decorOf(initial));
    const first = chartDiff({ entities: {}, links: {} }, initial.chart);
    if (initial.placement) adapter.restore(first, initial.placement);
    else adapter.apply(first);
    adapter.setSelection(initial.selection);
    adapter.highlight(pathHighlight(initial));
    attachChart(adapter);
    // A link dragged from one entity to another opens New link with both ends; nothing is
    // created until the dialog is confirmed. A read-only store shows no handle.
    setLinkDrawing(element, readOnlyReason(initial) === null);
    const stopLinkDrawn = onLinkDrawn(element, ({ sourceId, targetId }) =>
      store.getState().openDialog({ kind: 'newLink', sourceId, targetId }),
    );

    const unsubscribe = store.subscribe((state, prev) => {
      if (readOnlyReason(state) !== readOnlyReason(prev))
        setLinkDrawing(element, readOnlyReason(state) === null);
      if (state.view.style !== prev.view.style) adapter.setStyle(state.view.style);
      if (state.view !== prev.view) adapter.setDecor(decorOf(state));
      if (state.chart !== prev.chart) {
        const diff = chartDiff(prev.chart, state.chart);
        // A saved chart being opened: its nodes go back where they were, no layout.
        if (state.placement && state.placement !== prev.placement) adapter.restore(diff, state.placement);
        // Whether this dirties the chart is the store's call (chart-slice), not the view's.
        else if (!isEmptyDiff(diff)) adapter.apply(diff);
        // Records that came onto the chart meet its grade filter too.
        if (state.view.gradeFilter !== null) adapter.setDecor(decorOf(state));
      }
      if (state.selection !== prev.selection) adapter.setSelection(state.selection);
      if (state.path !== prev.path || (state.path && state.chart !== prev.chart))
        adapter.highlight(pathHighlight(state));
    });
    // The chart's own words (link labels by type, collapsed groups) follow a language switch.
    const relabel = () => {
      const current = store.getState();
      adapter.setStyle(current.view.style);
      adapter.setDecor(decorOf(current));
    };
    i18n.on('languageChanged', relabel);
    const stopTheme = onThemeChange(() => adapter.setTheme(currentTheme()));
    signalReady('case');

    return () => {
      i18n.off('languageChanged', relabel);
      stopTheme();
      unsubscribe();
      stopLinkDrawn();
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
      <AnalysisPanel />
      <ChartContextMenu />
    </div>
  );
}
