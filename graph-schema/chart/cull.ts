import { Bounds, type Box } from './bounds';
import type { Measure, Op } from './display-list';
import { ICON_GRID } from './shapes';

/** The box an op paints (strokes included), in its own units. */
export function opBox(op: Op, measure: Measure): Box {
  const b = new Bounds();
  let pad = 0;
  switch (op.kind) {
    case 'rect':
      b.box(op.x, op.y, op.width, op.height);
      pad = op.stroke?.width ?? 0;
      break;
    case 'ellipse':
      b.box(op.cx - op.rx, op.cy - op.ry, 2 * op.rx, 2 * op.ry);
      pad = op.stroke?.width ?? 0;
      break;
    case 'polygon':
    case 'line':
      for (let i = 0; i + 1 < op.points.length; i += 2) b.point(op.points[i] ?? 0, op.points[i + 1] ?? 0);
      pad = op.stroke?.width ?? 0;
      break;
    case 'quadratic':
      // A quadratic curve stays inside the triangle of its three points.
      b.point(op.x1, op.y1);
      b.point(op.cx, op.cy);
      b.point(op.x2, op.y2);
      pad = op.stroke.width;
      break;
    case 'path':
      b.box(op.x, op.y, ICON_GRID * op.scale, ICON_GRID * op.scale);
      pad = 2 * op.scale;
      break;
    case 'text': {
      const width = measure(op.text, op.size, op.weight);
      const x = op.anchor === 'start' ? op.x : op.anchor === 'middle' ? op.x - width / 2 : op.x - width;
      b.box(x, op.y - op.size, width, op.size * 1.35);
      break;
    }
    case 'group':
      for (const child of op.ops) {
        const c = opBox(child, measure);
        b.box(
          op.translateX + c.x * op.scale,
          op.translateY + c.y * op.scale,
          c.width * op.scale,
          c.height * op.scale,
        );
      }
      break;
  }
  const box = b.toBox(pad);
  return box;
}

/**
 * Keeps only the ops that reach into `view`: each tile of a large chart carries its own
 * share, not the whole chart hidden behind a clip (a 2,000-node chart on 15 sheets would
 * otherwise be written 15 times over).
 */
export function cullOps(ops: readonly Op[], boxes: readonly Box[], view: Box): Op[] {
  const out: Op[] = [];
  ops.forEach((op, i) => {
    const b = boxes[i];
    if (!b) return;
    if (
      b.x <= view.x + view.width &&
      b.x + b.width >= view.x &&
      b.y <= view.y + view.height &&
      b.y + b.height >= view.y
    )
      out.push(op);
  });
  return out;
}
