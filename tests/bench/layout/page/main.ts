import type { Schema } from '../../../../graph-schema/model/schema';
import { createChart } from '../../../../renderer/src/chart/adapter';
import { FORCE_DRAFT_MIN_NODES, layoutOptions } from '../../../../renderer/src/chart/layouts';
import { benchGraph } from '../graph';
import type { LayoutRunResult } from '../result';

/**
 * The bench page: one chart on a real canvas renderer, laid out once per call. "worker" is
 * the app's path (adapter.runLayout: fcose in a worker, positions written back in slices);
 * "main" is the baseline, fcose with the same options run directly on the main thread on the
 * same graph (without the worker's spreading of a draft, which costs a few milliseconds).
 */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function run(schema: Schema, nodes: number, mode: 'worker' | 'main'): Promise<LayoutRunResult> {
  const container = document.getElementById('chart');
  if (!container) throw new Error('no #chart');
  const noop = () => undefined;
  const { adapter, cy } = createChart(container, {
    schema,
    renderer: 'canvas',
    onSelectionChange: noop,
    onOpen: noop,
    onContextMenu: noop,
  });
  const { entities, links } = benchGraph(nodes);
  // Scattered start positions, and no layout on load: the timed layout is the only one.
  const positions: Record<string, { x: number; y: number }> = {};
  entities.forEach((e, i) => (positions[e.id] = { x: (i * 7919) % 3000, y: (i * 104729) % 3000 }));
  adapter.restore(
    {
      addEntities: entities,
      updateEntities: [],
      removeEntityIds: [],
      addLinks: links,
      updateLinks: [],
      removeLinkIds: [],
    },
    { positions, viewport: null },
  );
  for (let i = 0; i < 5; i++) await nextFrame();

  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const start = performance.now();
  if (mode === 'worker') {
    await adapter.runLayout('force');
  } else {
    // The same fcose options the worker uses (draft quality on big charts), here on the main thread.
    const draft = nodes > FORCE_DRAFT_MIN_NODES;
    cy.layout(layoutOptions('force', { animate: false, fit: false, draft })).run();
    cy.fit(undefined, 40);
  }
  const laidOut = performance.now() - start;
  // The frame that draws the result belongs to the layout too.
  await nextFrame();
  await nextFrame();
  const total = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  const moved = cy.nodes().filter((n) => n.position('x') !== positions[n.id()]?.x).length;
  adapter.destroy();
  return {
    nodes,
    links: links.length,
    mode,
    layoutMs: laidOut,
    totalMs: total,
    longestTaskMs: longTasks.length > 0 ? Math.max(...longTasks) : 0,
    longTasks: longTasks.length,
    moved,
  };
}

(window as unknown as { plexusLayoutBench: typeof run }).plexusLayoutBench = run;
document.documentElement.dataset['ready'] = 'yes';
