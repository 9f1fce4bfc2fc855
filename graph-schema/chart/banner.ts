import { highestClassification, type Classification } from '../model/grading';
import type { Scene, ExportHeader } from './scene';
import type { Color } from './style-spec';

/**
 * The marking every page carries: the case's own or the highest of anything drawn,
 * whichever is higher (a chart can never be marked lower than what it shows).
 */
export function bannerMarking(scene: Pick<Scene, 'marking'>, header: Pick<ExportHeader, 'caseMarking'>) {
  return highestClassification([scene.marking, header.caseMarking]);
}

/**
 * Conventional banner colours (the US/NATO colour bars most analysts know): green for
 * unclassified and official, purple for restricted, blue confidential, red secret, orange
 * top secret. Text colour is chosen for contrast on each.
 */
export const BANNER_COLORS: Record<Classification, { background: Color; text: Color }> = {
  UNCLASSIFIED: { background: '#007A33', text: '#FFFFFF' },
  OFFICIAL: { background: '#007A33', text: '#FFFFFF' },
  RESTRICTED: { background: '#502B85', text: '#FFFFFF' },
  CONFIDENTIAL: { background: '#0033A0', text: '#FFFFFF' },
  SECRET: { background: '#C8102E', text: '#FFFFFF' },
  'TOP SECRET': { background: '#FF8C00', text: '#000000' },
};
