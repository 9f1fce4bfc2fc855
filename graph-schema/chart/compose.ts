import { pageBanner } from './banner';
import type { Box } from './bounds';
import { chartOps } from './chart-ops';
import { cullOps, opBox } from './cull';
import type { Measure, Op, Page } from './display-list';
import { exportWords, say, type ExportWords } from './export-words';
import { frame } from './page-frame';
import type { ExportHeader, Scene } from './scene';
import { tileGrid, tileMarks, type TileGrid } from './tiling';

export interface PageSize {
  width: number;
  height: number;
}

export interface ComposeOptions {
  measure: Measure;
  /** Split the chart over a grid of pages (after an overview page); false fits it on one. */
  tile?: boolean;
  tilesAcross?: number;
  /** A small chart is not blown up past this (page units per chart unit). */
  maxScale?: number;
}

/**
 * Lays a scene out on pages as display lists: pure, so every painter (PDF in Node, SVG and
 * canvas in the renderer) draws the same pages. Each page has the classification banner
 * top and bottom (the higher of the case's marking and the scene's), a title block, the
 * legend, and the chart fitted into the rest; tiled, an overview page comes first with the
 * tile grid drawn over the chart, then one sheet per tile with overlap and crop marks.
 */
export function composePages(
  scene: Scene,
  header: ExportHeader,
  page: PageSize,
  options: ComposeOptions,
): Page[] {
  const { measure } = options;
  const words = exportWords(header.language);
  const banner = pageBanner(scene, header);
  const chart = chartOps(scene, measure, words);
  const maxScale = options.maxScale ?? 1.5;
  const across = options.tile ? (options.tilesAcross ?? 2) : 1;

  const framed = (footer: string, tileLabel: string | null) =>
    frame({
      ...page,
      banner,
      header,
      legend: scene.legend,
      measure,
      footer,
      note: scene.filterNote ?? '',
      tileLabel,
      paper: true,
    });
  if (across <= 1) {
    const single = framed(say(words.pageOf, { n: 1, total: 1 }), null);
    return [
      {
        width: page.width,
        height: page.height,
        ops: [...single.ops, fitted(chart.ops, chart.bounds, single.area, maxScale)],
      },
    ];
  }

  // Every tile has the same frame, so the grid is known from a first one.
  const grid = tileGrid(chart.bounds, framed('', tileLabel(words, 0, 0, 1, 1)).area, across);
  const total = 1 + grid.rows * grid.columns;
  const overview = framed(say(words.pageOf, { n: 1, total }), null);
  const fit = fitted(chart.ops, chart.bounds, overview.area, maxScale);
  const pages: Page[] = [
    {
      width: page.width,
      height: page.height,
      ops: [
        ...overview.ops,
        fit,
        // The grid may reach past the chart (rows are whole sheets): clipped to the chart's area.
        {
          kind: 'group',
          clip: overview.area,
          translateX: 0,
          translateY: 0,
          scale: 1,
          ops: gridOverlay(grid, chart.bounds, fit),
        },
      ],
    },
  ];
  const boxes = chart.ops.map((op) => opBox(op, measure));
  for (let row = 0; row < grid.rows; row++) {
    for (let column = 0; column < grid.columns; column++) {
      const sheet = framed(
        say(words.pageOf, { n: pages.length + 1, total }),
        tileLabel(words, row, column, grid.rows, grid.columns),
      );
      const area = sheet.area;
      const translateX = area.x - column * grid.step.x - chart.bounds.x * grid.scale + grid.offset.x;
      const translateY = area.y - row * grid.step.y - chart.bounds.y * grid.scale + grid.offset.y;
      // The sheet's area in chart units: only what reaches into it is drawn on it.
      const view = {
        x: (area.x - translateX) / grid.scale,
        y: (area.y - translateY) / grid.scale,
        width: area.width / grid.scale,
        height: area.height / grid.scale,
      };
      const ops: Op[] = [
        ...sheet.ops,
        {
          kind: 'group',
          clip: area,
          translateX,
          translateY,
          scale: grid.scale,
          ops: cullOps(chart.ops, boxes, view),
        },
        ...tileMarks(area, grid, row, column),
      ];
      pages.push({ width: page.width, height: page.height, ops });
    }
  }
  return pages;
}

export function tileLabel(
  words: ExportWords,
  row: number,
  column: number,
  rows: number,
  columns: number,
): string {
  return say(words.tile, { row: row + 1, column: column + 1, rows, columns });
}

/**
 * One page sized to the chart itself (1 chart unit = 1 px up to maxSide on the longer side),
 * for SVG and PNG, which have no paper: the frame is grown around the chart, not the chart
 * squeezed into a sheet.
 */
export function composeNaturalPage(
  scene: Scene,
  header: ExportHeader,
  measure: Measure,
  { maxSide = 2400, paper = true }: { maxSide?: number; paper?: boolean } = {},
): Page {
  const banner = pageBanner(scene, header);
  const words = exportWords(header.language);
  const framed = (size: PageSize) =>
    frame({
      ...size,
      banner,
      header,
      legend: scene.legend,
      measure,
      footer: '',
      note: scene.filterNote ?? '',
      tileLabel: null,
      paper,
    });
  const chart = chartOps(scene, measure, words);
  const scale = Math.min(1, maxSide / Math.max(chart.bounds.width, chart.bounds.height));
  const want = {
    width: Math.max(chart.bounds.width * scale, 480),
    height: Math.max(chart.bounds.height * scale, 240),
  };
  let size = { width: want.width + 240, height: want.height + 160 };
  // Twice: the legend's column count depends on the height, which the first pass changes.
  for (let pass = 0; pass < 2; pass++) {
    const { area } = framed(size);
    size = { width: size.width + want.width - area.width, height: size.height + want.height - area.height };
  }
  size = { width: Math.ceil(size.width), height: Math.ceil(size.height) };
  const final = framed(size);
  return { ...size, ops: [...final.ops, fitted(chart.ops, chart.bounds, final.area, scale)] };
}

/** The chart scaled to fit the area (never above maxScale), centred, clipped to the area. */
function fitted(ops: readonly Op[], bounds: Box, area: Box, maxScale: number): Op & { kind: 'group' } {
  const scale = Math.min(area.width / bounds.width, area.height / bounds.height, maxScale);
  const dx = (area.width - bounds.width * scale) / 2;
  const dy = (area.height - bounds.height * scale) / 2;
  return {
    kind: 'group',
    clip: area,
    translateX: area.x + dx - bounds.x * scale,
    translateY: area.y + dy - bounds.y * scale,
    scale,
    ops,
  };
}

/** On the overview: where each tile's sheet falls, so the sheets can be laid out in order. */
function gridOverlay(grid: TileGrid, bounds: Box, fit: Op & { kind: 'group' }): Op[] {
  const ops: Op[] = [];
  // Tile rectangles in chart units, then mapped through the overview's fit.
  const s = fit.scale / grid.scale;
  for (let row = 0; row < grid.rows; row++) {
    for (let column = 0; column < grid.columns; column++) {
      const x = fit.translateX + (bounds.x * grid.scale + column * grid.step.x - grid.offset.x) * s;
      const y = fit.translateY + (bounds.y * grid.scale + row * grid.step.y - grid.offset.y) * s;
      ops.push({
        kind: 'rect',
        x,
        y,
        width: grid.tile.width * s,
        height: grid.tile.height * s,
        radius: 0,
        fill: null,
        stroke: { color: '#8F99A8', width: 0.75, dash: [4, 3], cap: 'butt' },
      });
      ops.push({
        kind: 'text',
        text: `${row + 1}/${column + 1}`,
        x: x + 4,
        y: y + 12,
        size: 9,
        weight: 700,
        anchor: 'start',
        color: '#5F6B7C',
      });
    }
  }
  return ops;
}
