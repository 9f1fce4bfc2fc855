export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Grows to hold every point and box added; starts empty. */
export class Bounds {
  minX = Number.POSITIVE_INFINITY;
  minY = Number.POSITIVE_INFINITY;
  maxX = Number.NEGATIVE_INFINITY;
  maxY = Number.NEGATIVE_INFINITY;

  point(x: number, y: number): void {
    if (x < this.minX) this.minX = x;
    if (y < this.minY) this.minY = y;
    if (x > this.maxX) this.maxX = x;
    if (y > this.maxY) this.maxY = y;
  }

  box(x: number, y: number, width: number, height: number): void {
    this.point(x, y);
    this.point(x + width, y + height);
  }

  /** With a margin around it; an empty chart is a small box at the origin. */
  toBox(margin: number): Box {
    if (this.minX > this.maxX) return { x: -50, y: -50, width: 100, height: 100 };
    return {
      x: this.minX - margin,
      y: this.minY - margin,
      width: this.maxX - this.minX + 2 * margin,
      height: this.maxY - this.minY + 2 * margin,
    };
  }
}
