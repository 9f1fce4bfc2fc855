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

/**
 * Waits until the chart just put on the page has finished drawing (Cytoscape keeps caching
 * textures for a while after a big chart appears): no task over 50 ms for a second, at most
 * 15 s. The timed layout is then the only work on the page.
 */
async function settled(): Promise<void> {
  let last = performance.now();
  const observer = new PerformanceObserver((list) => {
    if (list.getEntries().length > 0) last = performance.now();
  });
  observer.observe({ type: 'longtask', buffered: false });
  const start = performance.now();
  for (let i = 0; i < 5; i++) await nextFrame();
  while (performance.now() - last < 1000 && performance.now() - start < 15000) await nextFrame();
  observer.disconnect();
}

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
  await settled();
  // profile.ts starts Chromium's profiler here, so the chart's set-up is left out.
  const hook = (window as unknown as { plexusBeforeLayout?: () => Promise<void> }).plexusBeforeLayout;
  if (hook) await hook();

  const longTasks: number[] = [];
  const taskStarts: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longTasks.push(entry.duration);
      taskStarts.push(Math.round(entry.startTime - start));
    }
  });
  let start = performance.now();
  observer.observe({ type: 'longtask', buffered: false });
  start = performance.now();
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
    tasks: longTasks.map((d, i) => `${Math.round(d)} ms at ${taskStarts[i] ?? 0} ms`),
    moved,
  };
}

(window as unknown as { plexusLayoutBench: typeof run }).plexusLayoutBench = run;
document.documentElement.dataset['ready'] = 'yes';
