// eslint-disable-next-line no-restricted-imports -- the baseline is Cytoscape itself, not the app's chart
import cytoscape, { type ElementDefinition } from 'cytoscape';

/**
 * The baseline of the render bench: Cytoscape with its default options and style on the
 * whole window, the same elements at the same positions as the app's chart ('preset'
 * layout: the default, grid, would move them). Returns when the page started building it.
 */
function show(elements: ElementDefinition[]): number {
  const start = performance.now();
  const container = document.getElementById('chart');
  if (!container) throw new Error('no #chart');
  cytoscape({ container, elements, layout: { name: 'preset' } });
  return start;
}

(window as unknown as { plexusBare: typeof show }).plexusBare = show;
document.documentElement.dataset['ready'] = 'yes';
