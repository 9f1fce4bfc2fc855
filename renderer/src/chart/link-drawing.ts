import type { Core, EventObject, NodeSingular } from 'cytoscape';

/**
 * Drawing a link by dragging, as in i2: hovering an entity shows a small handle at its edge;
 * dragging the handle draws a line that snaps to the entity under the pointer; releasing on
 * one reports the pair, releasing on empty canvas or pressing Escape cancels.
 *
 * Written here rather than taken from cytoscape-edgehandles: that extension adds its ghost
 * edges and handle node to the graph itself, which the adapter's diffing, selection and
 * "chart changed" tracking would all see; an overlay outside the graph touches none of them.
 *
 * The chart talks to the app through its container, so the adapter's interface stays as it
 * is: a `plexus-link-drawn` event with both ids, and a data attribute that turns it on.
 */

export const LINK_DRAWN_EVENT = 'plexus-link-drawn';

export interface LinkDrawn {
  sourceId: string;
  targetId: string;
}

/** Links can be drawn only when the app says so (a read-only store shows no handle). */
export function setLinkDrawing(container: HTMLElement, enabled: boolean): void {
  if (enabled) container.dataset.linkDrawing = 'on';
  else delete container.dataset.linkDrawing;
}

/** Calls back for each link drawn on the chart in this container; answers the unsubscribe. */
export function onLinkDrawn(container: HTMLElement, callback: (drawn: LinkDrawn) => void): () => void {
  const listener = (event: Event) => callback((event as CustomEvent<LinkDrawn>).detail);
  container.addEventListener(LINK_DRAWN_EVENT, listener);
  return () => container.removeEventListener(LINK_DRAWN_EVENT, listener);
}

/** Entities only: groups and notes (decor) never take links. */
const ENTITY = 'node[!decor]';
/** How long the handle stays once the pointer leaves the node, so it can be reached. */
const HIDE_DELAY_MS = 300;
const SVG = 'http://www.w3.org/2000/svg';

interface Point {
  x: number;
  y: number;
}

function svgElement<K extends keyof SVGElementTagNameMap>(
  name: K,
  className: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, name);
  element.setAttribute('class', className);
  return element;
}

export function bindLinkDrawing(cy: Core, container: HTMLElement): void {
  const host = container.parentElement ?? container;
  const handle = document.createElement('button');
  handle.type = 'button';
  handle.className = 'link-handle';
  // Reached by pointer only; the keyboard way to a new link is the chart menu (Shift+F10).
  handle.tabIndex = -1;
  handle.hidden = true;
  const overlay = svgElement('svg', 'link-draft');
  const line = svgElement('line', 'link-draft-line');
  const ring = svgElement('circle', 'link-draft-target');
  overlay.append(line, ring);
  overlay.style.display = 'none';
  host.append(handle, overlay);

  let hovered: NodeSingular | null = null;
  let hideTimer: number | undefined;
  let drag: { source: NodeSingular; target: NodeSingular | null; pointerId: number } | null = null;

  /** Container pixels of the host: the container may not sit at the host's corner. */
  const offset = (): Point => {
    const c = container.getBoundingClientRect();
    const h = host.getBoundingClientRect();
    return { x: c.left - h.left, y: c.top - h.top };
  };

  const hideHandle = () => {
    window.clearTimeout(hideTimer);
    hovered = null;
    handle.hidden = true;
  };

  const showHandle = (node: NodeSingular) => {
    window.clearTimeout(hideTimer);
    hovered = node;
    const box = node.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
    const at = offset();
    handle.style.left = `${at.x + box.x2}px`;
    handle.style.top = `${at.y + (box.y1 + box.y2) / 2}px`;
    const label = String(node.data('label') ?? '');
    handle.setAttribute('aria-label', `Draw a link from ${label}`);
    handle.title = `Drag to another entity to link ${label} to it`;
    handle.hidden = false;
  };

  const scheduleHide = () => {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hideHandle, HIDE_DELAY_MS);
  };

  /** The entity drawn under a point in container pixels, other than the one the link starts at. */
  const entityAt = (rendered: Point, except: NodeSingular): NodeSingular | null => {
    const pan = cy.pan();
    const zoom = cy.zoom();
    const p = { x: (rendered.x - pan.x) / zoom, y: (rendered.y - pan.y) / zoom };
    let found: NodeSingular | null = null;
    cy.nodes(ENTITY).forEach((node) => {
      if (found || node.same(except) || !node.visible()) return;
      const at = node.position();
      const halfW = node.outerWidth() / 2;
      const halfH = node.outerHeight() / 2;
      if (Math.abs(p.x - at.x) <= halfW && Math.abs(p.y - at.y) <= halfH) found = node;
    });
    return found;
  };

  const drawLine = (from: Point, to: Point, target: NodeSingular | null) => {
    const at = offset();
    line.setAttribute('x1', String(at.x + from.x));
    line.setAttribute('y1', String(at.y + from.y));
    line.setAttribute('x2', String(at.x + to.x));
    line.setAttribute('y2', String(at.y + to.y));
    if (!target) {
      ring.style.display = 'none';
      return;
    }
    const box = target.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
    ring.setAttribute('cx', String(at.x + (box.x1 + box.x2) / 2));
    ring.setAttribute('cy', String(at.y + (box.y1 + box.y2) / 2));
    ring.setAttribute('r', String(Math.max(box.w, box.h) / 2 + 5));
    ring.style.display = '';
  };

  const endDrag = (commit: boolean) => {
    if (!drag) return;
    const { source, target, pointerId } = drag;
    drag = null;
    overlay.style.display = 'none';
    host.classList.remove('drawing-link');
    window.removeEventListener('keydown', onKey, true);
    if (handle.hasPointerCapture(pointerId)) handle.releasePointerCapture(pointerId);
    hideHandle();
    if (commit && target && !cy.destroyed()) {
      const detail: LinkDrawn = { sourceId: source.id(), targetId: target.id() };
      container.dispatchEvent(new CustomEvent(LINK_DRAWN_EVENT, { detail }));
    }
  };

  // Escape cancels the drag and nothing else: it must not also clear the selection.
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    endDrag(false);
  };

  const pointerIn = (event: PointerEvent): Point => {
    const c = container.getBoundingClientRect();
    return { x: event.clientX - c.left, y: event.clientY - c.top };
  };

  handle.addEventListener('pointerenter', () => window.clearTimeout(hideTimer));
  handle.addEventListener('pointerleave', () => {
    if (!drag) scheduleHide();
  });
  handle.addEventListener('pointerdown', (event) => {
    if (event.button !== 0 || !hovered || container.dataset.linkDrawing !== 'on') return;
    // No text selection, no mouse events after it (Cytoscape must not start a box select).
    event.preventDefault();
    handle.setPointerCapture(event.pointerId);
    drag = { source: hovered, target: null, pointerId: event.pointerId };
    host.classList.add('drawing-link');
    overlay.style.display = '';
    window.addEventListener('keydown', onKey, true);
    drawLine(hovered.renderedPosition(), pointerIn(event), null);
  });
  handle.addEventListener('pointermove', (event) => {
    if (!drag) return;
    const at = pointerIn(event);
    drag.target = entityAt(at, drag.source);
    drawLine(drag.source.renderedPosition(), drag.target ? drag.target.renderedPosition() : at, drag.target);
  });
  // The wheel zooms the chart over the handle too: the handle sits outside Cytoscape's
  // container, which would otherwise never see it (the first notch hides the handle).
  handle.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      container.dispatchEvent(new WheelEvent(event.type, event));
    },
    { passive: false },
  );
  handle.addEventListener('pointerup', () => endDrag(true));
  handle.addEventListener('pointercancel', () => endDrag(false));

  // mousemove too: after a drag, Cytoscape (which saw no moves meanwhile) still thinks the
  // pointer is over the source and sends no new mouseover.
  cy.on('mouseover mousemove', ENTITY, (event: EventObject) => {
    if (drag || container.dataset.linkDrawing !== 'on') return;
    const node = event.target as NodeSingular;
    if (handle.hidden || !hovered?.same(node)) showHandle(node);
    else window.clearTimeout(hideTimer);
  });
  cy.on('mouseout', ENTITY, () => {
    if (!drag) scheduleHide();
  });
  // The handle belongs to a node where it is drawn now: any move of the view or the node hides it.
  cy.on('viewport', () => {
    if (!drag) hideHandle();
  });
  cy.on('drag position', ENTITY, (event: EventObject) => {
    if (!drag && hovered?.same(event.target as NodeSingular)) hideHandle();
  });
  cy.on('remove', ENTITY, (event: EventObject) => {
    const gone = event.target as NodeSingular;
    if (drag && (drag.source.same(gone) || drag.target?.same(gone))) endDrag(false);
    else if (hovered?.same(gone)) hideHandle();
  });
  cy.one('destroy', () => {
    endDrag(false);
    window.clearTimeout(hideTimer);
    handle.remove();
    overlay.remove();
  });
}
