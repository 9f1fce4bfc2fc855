import { scenePng } from '../../../renderer/src/features/chart-export/png';
import { header, sampleScene, syntheticScene } from '../../support/chart/scenes';

/**
 * The browser side of the PNG benchmark, bundled by esbuild: the real scenePng on the same
 * synthetic scene the Node side times, in a page that loads the app's @fontsource CSS.
 */
interface PngRun {
  ms: number;
  bytes: number;
  /** From the PNG header, to check the requested size came out. */
  width: number;
  height: number;
}

async function benchPng(entities: number, links: number, scale: number): Promise<PngRun> {
  const scene = syntheticScene(entities, links);
  const start = performance.now();
  const png = await scenePng(scene, header(), { scale, background: 'white' });
  const ms = performance.now() - start;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { ms, bytes: png.byteLength, width: view.getUint32(16), height: view.getUint32(20) };
}

Object.assign(globalThis, { benchPng });

/** The small multi-script sample as a PNG (base64), for looking at what scenePng draws. */
async function samplePng(scale: number, background: 'white' | 'transparent'): Promise<string> {
  const png = await scenePng(sampleScene(), header(), { scale, background });
  let binary = '';
  for (const byte of png) binary += String.fromCharCode(byte);
  return btoa(binary);
}

Object.assign(globalThis, { samplePng });
