import { expect, type Page } from '@playwright/test';
import { labelClash, rectsOverlap } from '../../../graph-schema/chart/geometry';
import type { DrawnLabel } from '../../../renderer/src/chart/drawn-labels';
import type { ChartProbe } from '../../../renderer/src/chart/test-hook';

type Host = { __plexusChart?: ChartProbe };

/** The labels the chart draws now and its nodes, as the renderer measures them. */
export async function drawnLabels(page: Page) {
  const drawn = await page.evaluate(() => {
    const probe = (window as unknown as Host).__plexusChart;
    return probe ? { labels: probe.labels(), geometry: probe.geometry(), zoom: probe.viewport().zoom } : null;
  });
  if (!drawn) throw new Error('No chart on the page');
  return drawn;
}

/** Labels printed over each other, or over a node they do not name. */
export function labelOverprints(
  labels: readonly DrawnLabel[],
  bodies: Awaited<ReturnType<typeof drawnLabels>>['geometry']['bodies'],
): string[] {
  const out: string[] = [];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1))
      if (rectsOverlap(a.box, b.box)) out.push(`"${a.text}" over "${b.text}"`);
    for (const body of bodies) {
      if (a.kind === 'node' && a.id === body.id) continue;
      if (labelClash(a.box, { ...body, label: null }, { nodeGap: 0, linkGap: 0, labelGap: 0 }))
        out.push(`"${a.text}" over node ${body.id}`);
    }
  });
  return out;
}

/**
 * Wheels the chart (at its centre) until the zoom is within 10% of `target`. Labels are
 * placed once the view has been still a moment, so it waits for that too.
 */
export async function wheelToZoom(
  page: Page,
  chart: { x: number; y: number },
  target: number,
): Promise<number> {
  await page.mouse.move(chart.x, chart.y);
  for (let i = 0; i < 60; i++) {
    const { zoom } = await drawnLabels(page);
    if (Math.abs(Math.log(zoom / target)) < Math.log(1.1)) break;
    await page.mouse.wheel(0, zoom > target ? 60 : -60);
    await page.waitForTimeout(30);
  }
  const { zoom } = await drawnLabels(page);
  expect(Math.abs(Math.log(zoom / target))).toBeLessThan(Math.log(1.1));
  await page.waitForTimeout(400);
  return zoom;
}

type GlyphHost = Host & { __glyphMisses?: string[] };

/**
 * From now on, every frame, notes each label drawn with a character whose font part is not
 * loaded: a canvas draws it as a missing-glyph box. A character is drawn by the first family of
 * the label font with a part covering it (its unicode-range), so that part must be loaded.
 * glyphMisses reads what was noted.
 */
export async function watchGlyphs(page: Page): Promise<void> {
  await page.evaluate(() => {
    const host = window as unknown as GlyphHost;
    const misses: string[] = [];
    host.__glyphMisses = misses;
    const unquote = (s: string) => s.trim().replace(/^["']|["']$/g, '');
    const faces = [...document.fonts].map((face) => ({
      face,
      family: unquote(face.family),
      ranges: face.unicodeRange.split(',').map((r) => {
        const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
        return [parseInt(a ?? '', 16), parseInt(b ?? a ?? '', 16)] as const;
      }),
    }));
    const unloaded = (font: string, ch: string) => {
      const code = ch.codePointAt(0) ?? 0;
      for (const family of font.split(',').map(unquote)) {
        const covering = faces.filter(
          (f) => f.family === family && f.ranges.some(([a, b]) => code >= a && code <= b),
        );
        if (covering.length > 0) return covering.some((f) => f.face.status !== 'loaded');
      }
      return false;
    };
    const frame = () => {
      const probe = host.__plexusChart;
      if (probe)
        for (const label of probe.labels())
          if ([...label.text].some((ch) => unloaded(probe.labelFont, ch))) misses.push(label.text);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

export async function glyphMisses(page: Page): Promise<string[]> {
  return page.evaluate(() => [...new Set((window as unknown as GlyphHost).__glyphMisses ?? [])]);
}
