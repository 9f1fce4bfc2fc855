import type { FontWeight, Measure, Op, Stroke, TextOp } from '../../../../graph-schema/chart/display-list';
import { EXPORT_FONT_FAMILY } from '../../../../graph-schema/chart/paint-svg';

export type Canvas2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

const ALIGN: Record<TextOp['anchor'], CanvasTextAlign> = { start: 'left', middle: 'center', end: 'right' };

export function canvasFont(size: number, weight: FontWeight): string {
  return `${weight} ${size}px ${EXPORT_FONT_FAMILY}`;
}

/** Text widths from the canvas itself, so layout matches what fillText draws. Cached per string. */
export function canvasMeasure(ctx: Canvas2D): Measure {
  const cache = new Map<string, number>();
  return (text, size, weight) => {
    const key = `${weight}\u0000${text}`;
    let perPixel = cache.get(key);
    if (perPixel === undefined) {
      // Measured at 100 px and scaled: one entry serves every size.
      ctx.font = canvasFont(100, weight);
      perPixel = ctx.measureText(text).width / 100;
      cache.set(key, perPixel);
    }
    return perPixel * size;
  };
}

/** Draws a display list on a 2D canvas in its current transform (the caller scales for 1x-4x). */
export function paintCanvas(ctx: Canvas2D, ops: readonly Op[]): void {
  for (const op of ops) {
    switch (op.kind) {
      case 'rect':
        ctx.beginPath();
        if (op.radius > 0) ctx.roundRect(op.x, op.y, op.width, op.height, op.radius);
        else ctx.rect(op.x, op.y, op.width, op.height);
        finish(ctx, op.fill, op.stroke);
        break;
      case 'ellipse':
        ctx.beginPath();
        ctx.ellipse(op.cx, op.cy, op.rx, op.ry, 0, 0, Math.PI * 2);
        finish(ctx, op.fill, op.stroke);
        break;
      case 'polygon':
        ctx.beginPath();
        polyline(ctx, op.points);
        ctx.closePath();
        finish(ctx, op.fill, op.stroke);
        break;
      case 'path': {
        ctx.save();
        ctx.translate(op.x, op.y);
        ctx.scale(op.scale, op.scale);
        ctx.lineJoin = 'round';
        const path = new Path2D(op.d);
        if (op.fill) {
          ctx.globalAlpha = op.fill.opacity;
          ctx.fillStyle = op.fill.color;
          ctx.fill(path);
          ctx.globalAlpha = 1;
        }
        if (op.stroke) {
          setStroke(ctx, op.stroke);
          ctx.stroke(path);
        }
        ctx.restore();
        break;
      }
      case 'line':
        ctx.beginPath();
        polyline(ctx, op.points);
        finish(ctx, null, op.stroke);
        break;
      case 'quadratic':
        ctx.beginPath();
        ctx.moveTo(op.x1, op.y1);
        ctx.quadraticCurveTo(op.cx, op.cy, op.x2, op.y2);
        finish(ctx, null, op.stroke);
        break;
      case 'text':
        ctx.font = canvasFont(op.size, op.weight);
        ctx.textAlign = ALIGN[op.anchor];
        ctx.textBaseline = 'alphabetic';
        ctx.fillStyle = op.color;
        ctx.fillText(op.text, op.x, op.y);
        break;
      case 'group':
        ctx.save();
        if (op.clip) {
          ctx.beginPath();
          ctx.rect(op.clip.x, op.clip.y, op.clip.width, op.clip.height);
          ctx.clip();
        }
        ctx.translate(op.translateX, op.translateY);
        ctx.scale(op.scale, op.scale);
        paintCanvas(ctx, op.ops);
        ctx.restore();
        break;
    }
  }
}

function polyline(ctx: Canvas2D, points: readonly number[]): void {
  for (let i = 0; i + 1 < points.length; i += 2) {
    const x = points[i] ?? 0;
    const y = points[i + 1] ?? 0;
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
}

function setStroke(ctx: Canvas2D, stroke: Stroke): void {
  ctx.strokeStyle = stroke.color;
  ctx.lineWidth = stroke.width;
  ctx.lineCap = stroke.cap;
  ctx.setLineDash(stroke.dash);
}

function finish(ctx: Canvas2D, fill: { color: string; opacity: number } | null, stroke: Stroke | null): void {
  if (fill) {
    ctx.globalAlpha = fill.opacity;
    ctx.fillStyle = fill.color;
    ctx.fill();
    ctx.globalAlpha = 1;
  }
  if (stroke) {
    setStroke(ctx, stroke);
    ctx.stroke();
  }
}
