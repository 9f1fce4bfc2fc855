import { describe, expect, it } from 'vitest';
import { pageBanner } from '../../../../graph-schema/chart/banner';
import { composePages } from '../../../../graph-schema/chart/compose';
import type { Op, Page } from '../../../../graph-schema/chart/display-list';
import { sceneToSvg } from '../../../../graph-schema/chart/paint-svg';
import { approximateMeasure } from '../../../../graph-schema/chart/text-wrap';
import { header, sampleScene } from '../../../support/chart/scenes';

const A4 = { width: 841.89, height: 595.28 };
const JA = { markingScheme: 'ja-police', caveats: ['KANKEISHA', 'BUGAIHI'] };

function flatten(ops: readonly Op[]): Op[] {
  return ops.flatMap((op) => (op.kind === 'group' ? [op, ...flatten(op.ops)] : [op]));
}
const bannerTexts = (page: Page, text: string) =>
  flatten(page.ops).filter((op) => op.kind === 'text' && op.text === text);
const bands = (page: Page, color: string) =>
  page.ops.filter((op) => op.kind === 'rect' && op.fill?.color === color);

describe('the banner in a case marking scheme', () => {
  it('prints the Japanese case marking and its caveats, in the scheme order and colour, top and bottom', () => {
    const [page] = composePages(sampleScene('OFFICIAL'), header({ caseMarking: 'TOP SECRET', ...JA }), A4, {
      measure: approximateMeasure,
    });
    expect(bannerTexts(page!, '特定秘密／部外秘／関係者限り')).toHaveLength(2);
    expect(bands(page!, '#FF8C00')).toHaveLength(2);
  });

  it('prints the highest marking on the chart when it is above the case marking, with the case caveats', () => {
    const banner = pageBanner({ marking: 'SECRET' }, header({ caseMarking: 'OFFICIAL', ...JA }));
    expect(banner).toEqual({
      code: 'SECRET',
      text: '極秘／部外秘／関係者限り',
      background: '#C8102E',
      color: '#FFFFFF',
    });
    // RESTRICTED has no level of its own in the Japanese scheme: it prints as 秘, the next one up.
    expect(pageBanner({ marking: 'RESTRICTED' }, header({ caseMarking: 'OFFICIAL', ...JA })).text).toBe(
      '秘／部外秘／関係者限り',
    );
  });

  it('carries the banner on every tiled page and into the SVG', () => {
    const pages = composePages(sampleScene('SECRET'), header({ caseMarking: 'TOP SECRET', ...JA }), A4, {
      measure: approximateMeasure,
      tile: true,
      tilesAcross: 2,
    });
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(bannerTexts(page, '特定秘密／部外秘／関係者限り')).toHaveLength(2);
    const svg = sceneToSvg(sampleScene(), header({ caseMarking: 'SECRET', markingScheme: 'ja-police' }));
    expect(svg.match(/fill="#FFFFFF" xml:space="preserve">極秘<\/text>/g)).toHaveLength(2);
    expect(svg).toContain('fill="#C8102E"');
  });

  it('refuses a caveat the case scheme does not have', () => {
    expect(() => pageBanner({ marking: 'SECRET' }, header({ ...JA, caveats: ['NO-COPIES'] }))).toThrow(
      /NO-COPIES/,
    );
  });
});
