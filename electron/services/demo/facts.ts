import {
  CLASSIFICATIONS,
  CONFIDENCE_LEVELS,
  CREDIBILITY_GRADES,
  RELIABILITY_GRADES,
} from '../../../graph-schema/model/grading';
import type { Props } from '../../../graph-schema/model/records';
import { pastDate } from './things';
import type { Rng } from './rng';

/** Grading, markings, dates and notes for generated items, skewed the way real cases are. */

const NOTES = [
  'Seen together at a trade fair.',
  'Reported by a single source; needs corroboration.',
  'Open-source information only.',
  'Confirmed by financial records.',
  'Details from a liaison partner; do not disseminate further.',
  'Identified from travel records.',
];

export function randomFacts(rng: Rng): Record<string, unknown> {
  const facts: Record<string, unknown> = {
    confidence: rng.weighted(CONFIDENCE_LEVELS, [30, 35, 25, 10]),
    reliability: rng.weighted(RELIABILITY_GRADES, [10, 30, 30, 10, 5, 15]),
    credibility: rng.weighted(CREDIBILITY_GRADES, [10, 30, 30, 10, 5, 15]),
    classification: rng.weighted(CLASSIFICATIONS, [45, 25, 15, 10, 4, 1]),
  };
  if (rng.chance(0.3)) facts.validFrom = pastDate(rng, 2005, 2019);
  if (rng.chance(0.1)) facts.validTo = String(rng.between(2020, 2024));
  if (rng.chance(0.1)) facts.notes = rng.pick(NOTES);
  return facts;
}

const POSITIONS = ['engineer', 'director', 'analyst', 'sales manager', 'researcher', 'board member'];
const CURRENCIES = ['EUR', 'USD', 'ARK', 'ZLY'];

/** Type properties for a generated link, as its type defines them. */
export function linkProps(rng: Rng, type: string): Props {
  switch (type) {
    case 'EMPLOYED_BY':
    case 'OFFICER_OF':
      return { position: rng.pick(POSITIONS) };
    case 'STUDIED_AT':
      return { programme: rng.pick(['BSc', 'MSc', 'PhD', 'exchange semester']), abroad: rng.chance(0.4) };
    case 'OWNS':
      return { share: rng.pick([100, 51, 50, 33, 25, 10, 5]) };
    case 'PAID':
      return { amount: rng.between(1, 500) * 100, currency: rng.pick(CURRENCIES) };
    case 'INVOLVED_IN':
      return {
        role: rng.weighted(['suspect', 'victim', 'witness', 'perpetrator', 'other'], [35, 20, 25, 10, 10]),
      };
    case 'COMMUNICATED_WITH':
      return { channel: rng.pick(['phone', 'e-mail', 'messenger', 'in person']), count: rng.between(1, 60) };
    case 'FAMILY_OF':
      return { relationship: rng.pick(['spouse', 'sibling', 'parent', 'cousin']) };
    default:
      return {};
  }
}
