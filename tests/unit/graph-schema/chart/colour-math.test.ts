import { describe, expect, it } from 'vitest';
import { colourDistance, contrastRatio, relativeLuminance } from '../../../../graph-schema/chart/colour-math';

describe('colour math', () => {
  it('gives the WCAG 2 figures', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#FFFFFF')).toBeCloseTo(1, 6);
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 6);
    expect(contrastRatio('#FFFFFF', '#000000')).toBeCloseTo(21, 6);
    // WebAIM's checker: #767676 on white is the lightest grey passing AA (4.54:1).
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#3B82C4', '#3B82C4')).toBe(1);
  });

  it('measures how alike two colours look (CIE76)', () => {
    expect(colourDistance('#3B82C4', '#3B82C4')).toBe(0);
    expect(colourDistance('#000000', '#FFFFFF')).toBeCloseTo(100, 1);
    // Okabe-Ito's bluish green beside the Company green reads as one colour; yellow does not.
    expect(colourDistance('#009E73', '#2E8B6E')).toBeLessThan(25);
    expect(colourDistance('#F0E442', '#2E8B6E')).toBeGreaterThan(25);
  });
});
