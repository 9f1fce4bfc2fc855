import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { composeNaturalPage } from '../../../../../../graph-schema/chart/compose';
import { approximateMeasure } from '../../../../../../graph-schema/chart/text-wrap';
import {
  canvasMeasure,
  paintCanvas,
  type Canvas2D,
} from '../../../../../../renderer/src/features/chart-export/paint-canvas';
import { header, sampleScene } from '../../../../../support/chart/scenes';

/** Records what the painter asks of a 2D context (Node has no canvas). */
function recordingContext() {
  const calls: string[] = [];
  const texts: Array<{ text: string; font: string; align: string }> = [];
  const state = { font: '', textAlign: 'left', globalAlpha: 1 };
  const handler: ProxyHandler<Record<string, unknown>> = {
    get(target, key: string) {
      if (key in state) return state[key as keyof typeof state];
      if (key === 'fillText')
        return (text: string) => texts.push({ text, font: state.font, align: state.textAlign });
      if (key === 'measureText') return (text: string) => ({ width: text.length * 50 });
      return (...args: unknown[]) => calls.push(`${key}(${args.length})`);
    },
    set(_target, key: string, value) {
      if (key in state) Object.assign(state, { [key]: value });
      return true;
    },
  };
  return { ctx: new Proxy({}, handler) as unknown as Canvas2D, calls, texts, state };
}

beforeEach(() => {
  vi.stubGlobal('Path2D', class {});
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('paintCanvas', () => {
  it('draws every label and both banners as text, in the export font, and restores every save', () => {
    const scene = sampleScene('SECRET');
    const page = composeNaturalPage(scene, header(), approximateMeasure);
    const { ctx, calls, texts, state } = recordingContext();
    paintCanvas(ctx, page.ops);
    const drawn = texts.map((t) => t.text);
    for (const n of scene.nodes) expect(drawn).toContain(n.label);
    expect(drawn.filter((t) => t === 'SECRET')).toHaveLength(2);
    expect(texts.find((t) => t.text === 'SECRET')?.font).toMatch(/^700 9\.5px "Noto Sans"/);
    expect(texts.find((t) => t.text === 'SECRET')?.align).toBe('center');
    expect(calls.filter((c) => c.startsWith('save')).length).toBe(
      calls.filter((c) => c.startsWith('restore')).length,
    );
    expect(calls).toContain('clip(0)');
    expect(state.globalAlpha).toBe(1);
  });

  it('measures with the canvas, once per string and weight, scaled by size', () => {
    const { ctx } = recordingContext();
    const measure = canvasMeasure(ctx);
    expect(measure('abcd', 10, 400)).toBeCloseTo(20);
    expect(measure('abcd', 20, 400)).toBeCloseTo(40);
  });
});
