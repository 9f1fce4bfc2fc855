import { labelClash, rectsOverlap, type Body, type Rect } from './geometry';

/**
 * A uniform grid over the chart holding nodes and placed label boxes, so that testing a
 * candidate label looks only at what is near it: label placement stays linear in the number
 * of labels on a 10,000-element chart. The overlap rules themselves are geometry.ts's.
 */
export class LabelGrid {
  private readonly cells = new Map<number, number[]>();
  /** Marks items already tested for the current query (a box spans several cells). */
  private readonly stamp: number[] = [];
  private query = 0;
  private readonly items: { id: string; body: Body | null; box: Rect }[] = [];

  constructor(private readonly cell: number) {}

  addBody(body: Body): void {
    const r = body.box ?? {
      x1: body.x - body.radius,
      y1: body.y - body.radius,
      x2: body.x + body.radius,
      y2: body.y + body.radius,
    };
    // The body alone: its own label box, if any, is not an obstacle (labels are placed anew).
    this.add({ id: body.id, body: { ...body, label: null }, box: r });
  }

  addLabel(id: string, box: Rect): void {
    this.add({ id, body: null, box });
  }

  /**
   * Whether a label box touches no label and no node (keeping `gap`), except the node
   * named `own`, which the label belongs to.
   */
  isFree(box: Rect, own: string | null, gap: number): boolean {
    const query = ++this.query;
    const clearance = { nodeGap: 0, linkGap: 0, labelGap: gap };
    const c = this.cell;
    const x2 = Math.floor((box.x2 + gap) / c);
    const y2 = Math.floor((box.y2 + gap) / c);
    // Plain loops, no iterator: this is the placement's inner loop.
    for (let x = Math.floor((box.x1 - gap) / c); x <= x2; x++) {
      for (let y = Math.floor((box.y1 - gap) / c); y <= y2; y++) {
        const list = this.cells.get(cellKey(x, y));
        if (!list) continue;
        for (const index of list) {
          if (this.stamp[index] === query) continue;
          this.stamp[index] = query;
          const item = this.items[index];
          if (!item) continue;
          if (item.body) {
            if (item.id !== own && labelClash(box, item.body, clearance)) return false;
          } else if (rectsOverlap(box, item.box, gap)) return false;
        }
      }
    }
    return true;
  }

  private add(item: { id: string; body: Body | null; box: Rect }): void {
    const index = this.items.length;
    this.items.push(item);
    const c = this.cell;
    const r = item.box;
    for (let x = Math.floor(r.x1 / c); x <= Math.floor(r.x2 / c); x++) {
      for (let y = Math.floor(r.y1 / c); y <= Math.floor(r.y2 / c); y++) {
        const key = cellKey(x, y);
        const list = this.cells.get(key);
        if (list) list.push(index);
        else this.cells.set(key, [index]);
      }
    }
  }
}

/** Cell keys as numbers: cells within ±2^20 of the origin each way, far beyond any chart. */
function cellKey(x: number, y: number): number {
  return (x + 0x100000) * 0x200000 + (y + 0x100000);
}
