import type {
  Classification,
  Confidence,
  Credibility,
  Reliability,
} from '../../../graph-schema/model/grading';
import type { Props } from '../../../graph-schema/model/records';

/** Grading written as the Admiralty code analysts say aloud: "B2". */
export type Grade = `${Reliability}${Credibility}`;

/** The common fields the story sets by hand, in short form. */
export interface StoryFacts {
  notes?: string;
  since?: string;
  until?: string;
  conf?: Confidence;
  grade?: Grade;
  cls?: Classification;
  props?: Props;
}

export interface StoryEntity extends StoryFacts {
  key: string;
  type: string;
  label: string;
  aliases?: string[];
}

export interface StoryLink extends StoryFacts {
  from: string;
  type: string;
  to: string;
}

/** Input fields for the store from the short form. */
export function factsToInput(facts: StoryFacts): Record<string, unknown> {
  const grade = facts.grade;
  return {
    ...(facts.notes === undefined ? {} : { notes: facts.notes }),
    ...(facts.since === undefined ? {} : { validFrom: facts.since }),
    ...(facts.until === undefined ? {} : { validTo: facts.until }),
    ...(facts.conf === undefined ? {} : { confidence: facts.conf }),
    ...(grade === undefined ? {} : { reliability: grade[0], credibility: grade[1] }),
    ...(facts.cls === undefined ? {} : { classification: facts.cls }),
    props: facts.props ?? {},
  };
}
