import type { ExportHeader, Scene } from '../../../../graph-schema/chart/scene';
import { sceneToSvg } from '../../../../graph-schema/chart/paint-svg';
import { canvasMeasure } from './paint-canvas';

/**
 * The chart as an SVG document for printing from the app: the same page as the exports,
 * measured with the canvas so text fits the fonts this window actually draws with.
 */
export function sceneSvg(scene: Scene, header: ExportHeader): string {
  const ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  return ctx ? sceneToSvg(scene, header, canvasMeasure(ctx)) : sceneToSvg(scene, header);
}
