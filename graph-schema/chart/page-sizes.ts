import type { PdfOptions } from './scene';

/** Paper sizes in PDF points (1/72 inch), portrait. */
export const PAPER_POINTS = {
  A4: { width: 595.28, height: 841.89 },
  A3: { width: 841.89, height: 1190.55 },
  Letter: { width: 612, height: 792 },
  Legal: { width: 612, height: 1008 },
} as const;

export function paperSize(options: Pick<PdfOptions, 'pageSize' | 'orientation'>): {
  width: number;
  height: number;
} {
  const { width, height } = PAPER_POINTS[options.pageSize];
  return options.orientation === 'landscape' ? { width: height, height: width } : { width, height };
}
