import type { Core, EventObject, SingularElementArgument } from 'cytoscape';
import { ownId } from './decor';
import { bindLinkDrawing } from './link-drawing';
import { currentSelection, selectionKey } from './selection';
import type { ChartAdapterOptions, ChartSelection, ChartTargetKind } from './types';

export interface SelectionReporter {
  /** Records a selection the app set, so it is not reported back as a user change. */
  acknowledge(ids: ChartSelection): void;
  /** Reports the current selection now if it differs from the last one known. */
  flush(): void;
}

type Handlers = Pick<
  ChartAdapterOptions,
  'onSelectionChange' | 'onOpen' | 'onContextMenu' | 'onDecorEvent' | 'onNodesMoved'
>;

/** A group box or a note under the pointer: the kind and its own id. */
function decorTarget(ele: SingularElementArgument): { kind: 'group' | 'note'; id: string } | null {
  const kind: unknown = ele.data('decor');
  if (kind !== 'group' && kind !== 'note') return null;
  return { kind, id: ownId(kind, ele.id()) };
}

/**
 * Turns Cytoscape gestures into the adapter's callbacks. Cytoscape fires one select or
 * unselect event per element (a box selection of 500 nodes fires 500), so changes are
 * collected and reported once, after the current task, and only if the selection differs
 * from the last one reported or set by the app.
 */
export function bindChartEvents(cy: Core, handlers: Handlers): SelectionReporter {
  let lastKey = selectionKey({ entities: [], links: [] });
  let scheduled = false;
  let destroyed = false;

  const flush = () => {
    scheduled = false;
    if (destroyed || cy.destroyed()) return;
    const ids = currentSelection(cy);
    const key = selectionKey(ids);
    if (key === lastKey) return;
    lastKey = key;
    handlers.onSelectionChange(ids);
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(flush);
  };

  cy.on('select unselect', schedule);
  // Removing a selected element changes the selection without an unselect event.
  cy.on('remove', (evt: EventObject) => {
    if (evt.target.selected()) schedule();
  });
  cy.on('dbltap', 'node', (evt: EventObject) => {
    const decor = decorTarget(evt.target);
    if (decor) handlers.onDecorEvent?.({ type: 'open', ...decor });
    else handlers.onOpen(evt.target.id());
  });
  cy.on('dragfree', 'node[decor]', (evt: EventObject) => {
    const decor = decorTarget(evt.target);
    if (!decor) return;
    const { x, y } = (
      evt.target as SingularElementArgument & { position(): { x: number; y: number } }
    ).position();
    handlers.onDecorEvent?.({ type: 'moved', ...decor, x, y });
  });
  // One event per dragged node; the app only needs to know the layout changed.
  cy.on('dragfree', 'node[!decor]', () => handlers.onNodesMoved?.());
  cy.on('cxttap', (evt: EventObject) => {
    const target = evt.target as unknown;
    const onBackground = target === cy;
    let kind: ChartTargetKind = 'background';
    let id: string | undefined;
    const decor = onBackground ? null : decorTarget(evt.target);
    const lineDecor = !onBackground && !decor && evt.target.data('decor') !== undefined;
    if (decor) {
      kind = decor.kind;
      id = decor.id;
    } else if (!onBackground && !lineDecor) {
      const ele = evt.target;
      kind = ele.isNode() ? 'entity' : 'link';
      id = ele.id();
      // Right-clicking outside the selection acts on the clicked item, as file managers do.
      if (!ele.selected()) {
        cy.$(':selected').unselect();
        ele.select();
      }
    }
    flush();
    const at = evt.renderedPosition ?? { x: 0, y: 0 };
    handlers.onContextMenu({
      x: at.x,
      y: at.y,
      target: id === undefined ? { kind } : { kind, id },
      selection: currentSelection(cy),
    });
  });
  cy.one('destroy', () => {
    destroyed = true;
  });
  // Drawing links needs the screen (a headless chart has no container).
  const container = cy.container();
  if (container) bindLinkDrawing(cy, container);

  return {
    acknowledge(ids) {
      lastKey = selectionKey(ids);
    },
    flush,
  };
}
