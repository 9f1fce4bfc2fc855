import type { Confidence, Credibility } from '../../../../../../graph-schema/model/grading';

/**
 * STIX 2.1 `confidence` (0-100) against Plexus grading. Credibility follows the STIX 2.1
 * specification's Admiralty Credibility table (appendix "Confidence scales"):
 *   0-19 -> 5 improbable, 20-39 -> 4 doubtful, 40-59 -> 3 possibly true,
 *   60-79 -> 2 probably true, 80-100 -> 1 confirmed; absent -> 6 cannot be judged.
 * Plexus confidence uses the same bands: 80+ confirmed, 60+ probable, 40+ possible, else doubtful.
 * Export writes the table's value for each grade (1 -> 90, 2 -> 70, 3 -> 50, 4 -> 30,
 * 5 -> 10) and no confidence for 6.
 */
export function fromStixConfidence(value: number): { confidence: Confidence; credibility: Credibility } {
  if (value >= 80) return { confidence: 'confirmed', credibility: '1' };
  if (value >= 60) return { confidence: 'probable', credibility: '2' };
  if (value >= 40) return { confidence: 'possible', credibility: '3' };
  if (value >= 20) return { confidence: 'doubtful', credibility: '4' };
  return { confidence: 'doubtful', credibility: '5' };
}

const TO_STIX: Record<Credibility, number | undefined> = {
  '1': 90,
  '2': 70,
  '3': 50,
  '4': 30,
  '5': 10,
  '6': undefined,
};

export function toStixConfidence(credibility: Credibility): number | undefined {
  return TO_STIX[credibility];
}
