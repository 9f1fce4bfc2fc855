import { LINE_HEIGHT, type FontWeight, type Measure } from './display-list';
import type { Body, Point, Rect } from './geometry';
import { LabelGrid } from './label-grid';
import { ellipsize, wrapText } from './text-wrap';

/**
 * Where every label goes so that none is printed over another label or over a node it does
 * not belong to: a label read over a name misleads ("possible tasking by" over a person reads
 * as that person's tasking). One placement for the screen and every export, so what the
 * analyst sees is what the briefing prints. Pure; chart units (zoom 1, y down).
 *
 * Greedy by priority: every node is an obstacle from the start; labels are then placed one
 * by one, most important first, each in the first free spot of its candidates: the whole
 * text on each side of its node (or sliding along its link), then shortened, then (exports
 * only) a footnote marker alone. What fits nowhere is left out and reported. A spatial grid
 * keeps each test local, so 10,000 labels take a few milliseconds, not n².
 */

export interface LabelFont {
  size: number;
  weight: FontWeight;
  /** The widest a line may be before it wraps or is ellipsized. */
  maxWidth: number;
  /** Lines of the whole text; the last one ends in an ellipsis when it does not fit. */
  maxLines: number;
  /** The background patch around the text, on each side. */
  padding: number;
  /** Between a node's outline and its label's text. */
  gap: number;
  /** The width a shortened label is cut to. */
  shortWidth: number;
}

/** Node labels as the chart draws them (renderer/src/chart/style.ts): one line, ellipsized. */
export const SCREEN_NODE_FONT: LabelFont = {
  size: 11,
  weight: 400,
  maxWidth: 140,
  maxLines: 1,
  padding: 2,
  gap: 4,
  shortWidth: 64,
};
/** Link labels as the chart draws them: horizontal, one line. */
export const SCREEN_LINK_FONT: LabelFont = {
  size: 9,
  weight: 400,
  maxWidth: 160,
  maxLines: 1,
  padding: 1,
  gap: 0,
  shortWidth: 56,
};

export type NodeSide = 'below' | 'above' | 'right' | 'left';
/** Preferred first: a name under its icon, as every link chart prints it. */
export const NODE_SIDES: readonly NodeSide[] = ['below', 'above', 'right', 'left'];

export interface NodeLabelRequest {
  kind: 'node';
  id: string;
  text: string;
  /** The node it names (its own label is ignored): the label goes around it, never on it. */
  body: Body;
  /** Higher first (selected, pinned, well linked). */
  priority: number;
}

export interface LinkLabelRequest {
  kind: 'link';
  id: string;
  text: string;
  /** Spots on the line the label may be centred on, best first (the middle, then along it). */
  anchors: readonly Point[];
  priority: number;
}

export type LabelRequest = NodeLabelRequest | LinkLabelRequest;

export interface PlacedLabel {
  id: string;
  kind: 'node' | 'link';
  /** The lines drawn (a shortened label ends in an ellipsis; with a footnote, its marker). */
  lines: string[];
  /** The whole text, for a tooltip or a footnote. */
  full: string;
  /** The drawn patch, padding included. */
  box: Rect;
  /** Node labels: the side of the node. */
  side: NodeSide | null;
  /** Link labels: the box centre's offset from the first anchor. */
  offset: Point;
  /** Not the whole text: shortened, or a footnote marker only. */
  shortened: boolean;
  /** The footnote number the marker shows (exports only), numbered in reading order. */
  note: number | null;
}

export interface LabelLayout {
  placed: PlacedLabel[];
  /** Labels that fit nowhere, not even shortened: hidden on screen, footnoted without a marker in print. */
  left: { id: string; kind: 'node' | 'link'; full: string }[];
}

export interface LabelLayoutOptions {
  measure: Measure;
  nodeFont?: LabelFont;
  linkFont?: LabelFont;
  /** Every node drawn: labels avoid them all except their own. */
  bodies: readonly Body[];
  /** Free space kept around each label box. */
  gap?: number;
  /**
   * Exports: a shortened or left-out label carries a footnote marker "[n]" and the page lists
   * the whole text. Off on screen, where a tooltip gives it.
   */
  footnotes?: boolean;
}

/** One way to print a label: its lines and their size. */
interface Form {
  lines: string[];
  width: number;
  height: number;
  shortened: boolean;
  marked: boolean;
}

const MARKER_SLOT = (digits: number) => ` [${'0'.repeat(digits)}]`;

export function layoutLabels(requests: readonly LabelRequest[], options: LabelLayoutOptions): LabelLayout {
  const steps = layoutLabelsInSteps(requests, options, Infinity);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same placement, pausing after every `stepSize` labels so a caller can spread a big
 * chart's placement over several frames (the screen: renderer/src/chart/labels.ts). The
 * result is the same however it is stepped.
 */
export function* layoutLabelsInSteps(
  requests: readonly LabelRequest[],
  options: LabelLayoutOptions,
  stepSize: number,
): Generator<void, LabelLayout> {
  const nodeFont = options.nodeFont ?? SCREEN_NODE_FONT;
  const linkFont = options.linkFont ?? SCREEN_LINK_FONT;
  const gap = options.gap ?? 2;
  const grid = new LabelGrid(64);
  for (const body of options.bodies) grid.addBody(body);

  const digits = String(Math.max(1, requests.length)).length;
  const ordered = requests
    .filter((r) => r.text.trim() !== '')
    .map((r, index) => ({ r, index }))
    // Entity labels before link labels, then by priority, then as given (stable).
    .sort((a, b) => b.r.priority - a.r.priority || kindRank(a.r) - kindRank(b.r) || a.index - b.index);

  const measure = cached(options.measure);
  const placed: PlacedLabel[] = [];
  const left: LabelLayout['left'] = [];
  let sinceStep = 0;
  for (const { r } of ordered) {
    if (++sinceStep > stepSize) {
      sinceStep = 1;
      yield;
    }
    const font = r.kind === 'node' ? nodeFont : linkFont;
    const spot = firstFree(
      r,
      forms(r.text, font, measure, options.footnotes === true, digits),
      font,
      grid,
      gap,
    );
    if (!spot) {
      left.push({ id: r.id, kind: r.kind, full: r.text });
      continue;
    }
    grid.addLabel(r.id, spot.box);
    placed.push({
      id: r.id,
      kind: r.kind,
      lines: spot.form.lines,
      full: r.text,
      box: spot.box,
      side: spot.side,
      offset: spot.offset,
      shortened: spot.form.shortened,
      note: spot.form.marked ? 0 : null,
    });
  }
  if (options.footnotes) numberNotes(placed, digits);
  return { placed, left };
}

/** Priority ties: entity labels first. */
const kindRank = (r: LabelRequest) => (r.kind === 'node' ? 0 : 1);

/** A chart repeats its link labels ("employed by") thousands of times: each is measured once. */
function cached(measure: Measure): Measure {
  const widths = new Map<string, number>();
  return (text, size, weight) => {
    const key = `${size}|${weight}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      width = measure(text, size, weight);
      widths.set(key, width);
    }
    return width;
  };
}

/**
 * The ways to print a text, best first: whole, shortened, and (footnotes) a marker alone.
 * Made lazily: most labels fit whole, and shortening measures the text many times.
 */
function* forms(
  text: string,
  font: LabelFont,
  measure: Measure,
  footnotes: boolean,
  digits: number,
): Generator<Form> {
  const { size, weight, maxWidth, maxLines, shortWidth } = font;
  const lineHeight = size * LINE_HEIGHT;
  const sized = (lines: string[], shortened: boolean, marked: boolean): Form => ({
    lines,
    width: Math.max(...lines.map((l) => measure(l, size, weight))),
    height: lines.length * lineHeight,
    shortened,
    marked,
  });
  const whole = wrapText(text, maxWidth, measure, size, weight, maxLines);
  const slot = footnotes ? MARKER_SLOT(digits) : '';
  // Cut by the maximum width (or wrapped past maxLines): in print it names its footnote.
  const cut = whole.at(-1)?.endsWith('…') === true && !text.trim().endsWith('…');
  yield cut && footnotes ? sized(withSlot(whole, slot), true, true) : sized(whole, cut, false);
  const short = ellipsize(text.replace(/\s+/g, ' ').trim(), shortWidth, measure, size, weight);
  if (short !== text && short.length > 1) yield sized([short + slot], true, footnotes);
  if (footnotes) yield sized([slot.trim()], true, true);
}

function withSlot(lines: string[], slot: string): string[] {
  const out = [...lines];
  out[out.length - 1] = `${out[out.length - 1] ?? ''}${slot}`;
  return out;
}

interface Spot {
  form: Form;
  box: Rect;
  side: NodeSide | null;
  offset: Point;
}

function firstFree(
  r: LabelRequest,
  options: Iterable<Form>,
  font: LabelFont,
  grid: LabelGrid,
  gap: number,
): Spot | null {
  for (const form of options) {
    const w = form.width + 2 * font.padding;
    const h = form.height + 2 * font.padding;
    if (r.kind === 'node') {
      for (const side of NODE_SIDES) {
        const box = nodeLabelBox(r.body, side, w, h, font);
        if (grid.isFree(box, r.id, gap)) return { form, box, side, offset: { x: 0, y: 0 } };
      }
      continue;
    }
    const first = r.anchors[0];
    if (!first) return null;
    for (const at of r.anchors) {
      const box = { x1: at.x - w / 2, y1: at.y - h / 2, x2: at.x + w / 2, y2: at.y + h / 2 };
      if (grid.isFree(box, null, gap))
        return { form, box, side: null, offset: { x: at.x - first.x, y: at.y - first.y } };
    }
  }
  return null;
}

/** Half a node's drawn width and height. */
function halfExtent(body: Body): { w: number; h: number } {
  if (body.box) return { w: (body.box.x2 - body.box.x1) / 2, h: (body.box.y2 - body.box.y1) / 2 };
  return { w: body.radius, h: body.radius };
}

/** A label box of width w and height h (padding included) on one side of a node. */
export function nodeLabelBox(body: Body, side: NodeSide, w: number, h: number, font: LabelFont): Rect {
  const half = halfExtent(body);
  // The text keeps `gap` from the outline; its patch reaches `padding` closer.
  const reach = font.gap - font.padding;
  switch (side) {
    case 'below': {
      const top = body.y + half.h + reach;
      return { x1: body.x - w / 2, y1: top, x2: body.x + w / 2, y2: top + h };
    }
    case 'above': {
      const bottom = body.y - half.h - reach;
      return { x1: body.x - w / 2, y1: bottom - h, x2: body.x + w / 2, y2: bottom };
    }
    case 'right': {
      const x1 = body.x + half.w + reach;
      return { x1, y1: body.y - h / 2, x2: x1 + w, y2: body.y + h / 2 };
    }
    case 'left': {
      const x2 = body.x - half.w - reach;
      return { x1: x2 - w, y1: body.y - h / 2, x2, y2: body.y + h / 2 };
    }
  }
}

/** Footnotes numbered top to bottom, then left to right, as a reader scans the page. */
function numberNotes(placed: PlacedLabel[], digits: number): void {
  const marked = placed.filter((p) => p.note !== null);
  marked.sort((a, b) => a.box.y1 - b.box.y1 || a.box.x1 - b.box.x1);
  const slot = MARKER_SLOT(digits).trim();
  marked.forEach((p, i) => {
    p.note = i + 1;
    const last = p.lines.length - 1;
    const line = p.lines[last] ?? '';
    // The slot was sized for the widest number; the real one is no wider.
    if (line.endsWith(slot)) p.lines[last] = `${line.slice(0, -slot.length)}[${i + 1}]`;
  });
}
