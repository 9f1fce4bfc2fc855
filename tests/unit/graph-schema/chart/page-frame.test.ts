import { describe, expect, it } from 'vitest';
import { legendOps } from '../../../../graph-schema/chart/page-frame';
import { LEGEND } from '../../../support/chart/scenes';

const measure = (text: string, size: number) => text.length * size * 0.6;
const texts = (language?: 'en' | 'ja') =>
  legendOps(LEGEND, 800, 0, 600, measure, language).ops.flatMap((op) =>
    op.kind === 'text' ? [op.text] : [],
  );

describe('the legend box', () => {
  it('is headed in the export’s language', () => {
    expect(texts('ja')[0]).toBe('凡例');
    expect(texts('en')[0]).toBe('Legend');
    expect(texts()[0]).toBe('Legend');
  });
});
