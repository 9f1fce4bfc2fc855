// The app icon in every form the installers and the window need, rendered from the one
// artwork the browser tab already shows (renderer/public/favicon.svg). Offline: resvg draws
// the SVG; ICO and ICNS are plain containers of PNGs, written here.
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
export const ARTWORK = join(root, 'renderer', 'public', 'favicon.svg');
/** electron-builder's buildResources (electron-builder.yml): generated, so under dist/. */
export const BUILD_RESOURCES = join(root, 'dist', 'build-resources');
/** Beside main.mjs, for the window's own icon (taskbar and window list on Linux and Windows). */
export const WINDOW_ICON = join(root, 'dist', 'electron', 'icon.png');

/** The sizes Windows picks from in an ICO (256 is the largest it reads). */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;
/** macOS's PNG-backed ICNS types (10.7 and later) and their pixel sizes. */
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
] as const;
/** Linux desktops look icons up by size (electron-builder copies build-resources/icons/). */
export const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512] as const;

export function renderPng(svg: string, size: number): Buffer {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}

/** ICO with PNG images (read by Windows Vista and later): a directory, then the images. */
export function icoFile(images: readonly { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at); // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt8(0, at + 2); // no palette
    header.writeUInt8(0, at + 3);
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}

/** ICNS: 'icns' and the file's length, then each image as its type, length and PNG data. */
export function icnsFile(images: readonly { type: string; png: Buffer }[]): Buffer {
  const entries = images.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + entries.reduce((n, e) => n + e.length, 0), 4);
  return Buffer.concat([head, ...entries]);
}

export function buildIcons(svg: string): Map<string, Buffer> {
  const cache = new Map<number, Buffer>();
  const png = (size: number) => {
    const ready = cache.get(size) ?? renderPng(svg, size);
    cache.set(size, ready);
    return ready;
  };
  const files = new Map<string, Buffer>();
  files.set(join(BUILD_RESOURCES, 'icon.png'), png(1024));
  files.set(join(BUILD_RESOURCES, 'icon.ico'), icoFile(ICO_SIZES.map((size) => ({ size, png: png(size) }))));
  files.set(
    join(BUILD_RESOURCES, 'icon.icns'),
    icnsFile(ICNS_TYPES.map(([type, size]) => ({ type, png: png(size) }))),
  );
  for (const size of LINUX_SIZES) files.set(join(BUILD_RESOURCES, 'icons', `${size}x${size}.png`), png(size));
  files.set(WINDOW_ICON, png(512));
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [path, data] of buildIcons(readFileSync(ARTWORK, 'utf8'))) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  }
  console.log(
    `Plexus: app icons written to ${join('dist', 'build-resources')} and ${WINDOW_ICON.slice(root.length + 1)}`,
  );
}
