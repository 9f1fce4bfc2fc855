import { highestClassification } from '../model/grading';
import { bannerOf, checkCaseMarking, markingScheme, type Banner } from '../model/marking-schemes';
import type { Scene, ExportHeader } from './scene';

/**
 * The banner every page carries: the case's own marking or the highest of anything drawn,
 * whichever is higher (a chart can never be marked lower than what it shows), with the
 * case's caveats, printed and coloured as the case's marking scheme says.
 */
export function pageBanner(
  scene: Pick<Scene, 'marking'>,
  header: Pick<ExportHeader, 'caseMarking' | 'markingScheme' | 'caveats'>,
): Banner {
  const { caveats } = checkCaseMarking({
    scheme: header.markingScheme,
    level: header.caseMarking,
    caveats: header.caveats,
  });
  const code = highestClassification([scene.marking, header.caseMarking]);
  return bannerOf(markingScheme(header.markingScheme), code, caveats);
}
