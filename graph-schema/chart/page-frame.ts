import type { Banner } from '../model/marking-schemes';
import type { SchemaLanguage } from '../model/type-definition';
import type { Box } from './bounds';
import { INK, PAPER } from './chart-ops';
import { ASCENT, opaque, solid, type Measure, type Op } from './display-list';
import type { ExportHeader, LegendEntry } from './scene';
import { exportWords } from './export-words';
import { glyphColor } from './palette';
import { dashFor, iconOps, shapeOp } from './shapes';
import { ellipsize } from './text-wrap';

const MUTED = '#5F6B7C';
const RULE = '#C5CBD3';
export const BANNER = { height: 16, size: 9.5 };
const TITLE = { size: 16, subtitle: 11, meta: 9 };
const LEGEND = { size: 9, title: 10, row: 14, pad: 8, swatch: 13, columnWidth: 150 };
const GAP = 10;

export interface Frame {
  ops: Op[];
  /** What is left for the chart. */
  area: Box;
}

export function pageMargin(width: number, height: number): number {
  return Math.min(36, Math.max(14, Math.min(width, height) * 0.04));
}

/**
 * Everything around the chart on one page: white paper, the classification banner at the
 * top and bottom, the title block (or, on a tile, one compact line), the footer, and the
 * legend box down the right side when asked for.
 */
export interface FrameInput {
  width: number;
  height: number;
  banner: Banner;
  header: ExportHeader;
  legend: readonly LegendEntry[];
  measure: Measure;
  /** Bottom right, e.g. "Page 2 of 7"; empty for none. */
  footer: string;
  /** What a filter left out of the chart (Scene.filterNote), bottom left on every page. */
  note?: string;
  /** A tile's place in the grid ("row 1 / col 2 of ..."): a compact header and no legend. */
  tileLabel: string | null;
  /** False leaves the page transparent (PNG on a transparent background). */
  paper: boolean;
}

export function frame({
  width,
  height,
  banner,
  header,
  legend,
  measure,
  footer,
  note = '',
  tileLabel,
  paper,
}: FrameInput): Frame {
  const m = pageMargin(width, height);
  const ops: Op[] = [
    ...(paper
      ? [{ kind: 'rect', x: 0, y: 0, width, height, radius: 0, fill: opaque(PAPER), stroke: null } as const]
      : []),
    ...bannerOps(banner, m, m, width - 2 * m),
    ...bannerOps(banner, m, height - m - BANNER.height, width - 2 * m),
  ];
  let top = m + BANNER.height + GAP;
  const title =
    tileLabel === null
      ? titleBlock(header, m, top, width - 2 * m, measure)
      : tileLine(header, tileLabel, m, top, width - 2 * m, measure);
  ops.push(...title.ops);
  top += title.height + GAP;
  const bottom = height - m - BANNER.height - GAP;
  const footerY = bottom - 2;
  const areaBottom = bottom - 8 - GAP;
  let right = width - m;
  if (footer !== '')
    ops.push({
      kind: 'text',
      text: footer,
      x: width - m,
      y: footerY,
      size: 8,
      weight: 400,
      anchor: 'end',
      color: MUTED,
    });
  if (note !== '')
    ops.push({
      kind: 'text',
      text: note,
      x: m,
      y: footerY,
      size: 8,
      weight: 400,
      anchor: 'start',
      color: MUTED,
    });
  if (header.legend && legend.length > 0 && tileLabel === null) {
    const box = legendOps(legend, right, top, areaBottom - top, measure, header.language);
    ops.push(...box.ops);
    right -= box.width + GAP;
  }
  return {
    ops,
    area: { x: m, y: top, width: Math.max(10, right - m), height: Math.max(10, areaBottom - top) },
  };
}

export function bannerOps(banner: Banner, x: number, y: number, width: number): Op[] {
  return [
    {
      kind: 'rect',
      x,
      y,
      width,
      height: BANNER.height,
      radius: 0,
      fill: opaque(banner.background),
      stroke: null,
    },
    {
      kind: 'text',
      text: banner.text,
      x: x + width / 2,
      y: y + BANNER.height / 2 + BANNER.size * 0.35,
      size: BANNER.size,
      weight: 700,
      anchor: 'middle',
      color: banner.color,
    },
  ];
}

/** Title and subtitle on the left, author and date on the right, a rule under them. */
function titleBlock(header: ExportHeader, x: number, y: number, width: number, measure: Measure) {
  const ops: Op[] = [];
  const meta = [header.author, header.date].filter((s) => s !== '').join(' · ');
  const metaWidth = meta === '' ? 0 : Math.min(width * 0.4, measure(meta, TITLE.meta, 400)) + GAP;
  let line = y;
  const texts: [string, number, 400 | 700][] = [
    [header.title, TITLE.size, 700],
    [header.subtitle, TITLE.subtitle, 400],
  ];
  for (const [text, size, weight] of texts) {
    if (text === '') continue;
    const shown = ellipsize(text, width - metaWidth, measure, size, weight);
    ops.push({
      kind: 'text',
      text: shown,
      x,
      y: line + size * ASCENT,
      size,
      weight,
      anchor: 'start',
      color: INK,
    });
    line += size * 1.3;
  }
  if (meta !== '') {
    const shown = ellipsize(meta, width * 0.4, measure, TITLE.meta, 400);
    ops.push({
      kind: 'text',
      text: shown,
      x: x + width,
      y: y + TITLE.meta * ASCENT + 2,
      size: TITLE.meta,
      weight: 400,
      anchor: 'end',
      color: MUTED,
    });
    line = Math.max(line, y + TITLE.meta * 1.3);
  }
  ops.push({ kind: 'line', points: [x, line + 3, x + width, line + 3], stroke: solid(RULE, 0.75) });
  return { ops, height: line + 3 - y };
}

/** A tile's header: the title and where this sheet sits in the grid. */
function tileLine(
  header: ExportHeader,
  label: string,
  x: number,
  y: number,
  width: number,
  measure: Measure,
) {
  const size = 10;
  const labelWidth = measure(label, size, 700) + GAP;
  const title = ellipsize(header.title, Math.max(0, width - labelWidth), measure, size, 400);
  const baseline = y + size * ASCENT;
  const ops: Op[] = [
    { kind: 'text', text: title, x, y: baseline, size, weight: 400, anchor: 'start', color: INK },
    { kind: 'text', text: label, x: x + width, y: baseline, size, weight: 700, anchor: 'end', color: INK },
  ];
  return { ops, height: size * 1.3 };
}

/** The legend box, right-aligned at `right`: entries flow into as many columns as the height needs. */
export function legendOps(
  entries: readonly LegendEntry[],
  right: number,
  top: number,
  height: number,
  measure: Measure,
  language: SchemaLanguage = 'en',
) {
  const { size, row, pad, swatch, columnWidth } = LEGEND;
  const perColumn = Math.max(1, Math.floor((height - 2 * pad - LEGEND.title * 1.6) / row));
  const columns = Math.ceil(entries.length / perColumn);
  const width = columns * columnWidth + 2 * pad;
  const rows = Math.min(entries.length, perColumn);
  const boxHeight = 2 * pad + LEGEND.title * 1.6 + rows * row;
  const x0 = right - width;
  const ops: Op[] = [
    {
      kind: 'rect',
      x: x0,
      y: top,
      width,
      height: boxHeight,
      radius: 3,
      fill: opaque(PAPER),
      stroke: solid(RULE, 0.75),
    },
    {
      kind: 'text',
      text: exportWords(language).legend,
      x: x0 + pad,
      y: top + pad + LEGEND.title * ASCENT,
      size: LEGEND.title,
      weight: 700,
      anchor: 'start',
      color: INK,
    },
  ];
  entries.forEach((entry, i) => {
    const x = x0 + pad + Math.floor(i / perColumn) * columnWidth;
    const cy = top + pad + LEGEND.title * 1.6 + (i % perColumn) * row + row / 2;
    if (entry.kind === 'node') {
      ops.push(shapeOp(entry.shape, x + swatch / 2, cy, swatch, opaque(entry.fill), solid(entry.border, 1)));
      // The icon as on the chart: the glyph colour that reads on this fill.
      ops.push(...iconOps(entry.icon, x + swatch / 2, cy, swatch, glyphColor(entry.fill)));
    } else {
      const width = Math.min(entry.width, 4);
      ops.push({
        kind: 'line',
        points: [x, cy, x + swatch * 1.5, cy],
        stroke: { ...solid(entry.color, width), ...dashFor(entry.dash, width) },
      });
    }
    const textX = x + swatch * 1.5 + 6;
    const text = ellipsize(entry.label, columnWidth - (textX - x) - 4, measure, size, 400);
    ops.push({
      kind: 'text',
      text,
      x: textX,
      y: cy + size * 0.35,
      size,
      weight: 400,
      anchor: 'start',
      color: INK,
    });
  });
  return { ops, width };
}
