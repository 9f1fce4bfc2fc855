import { z } from 'zod';
import { wordIn, type LocalizedWords, type SchemaLanguage } from './type-definition';

/** How sure the analyst is that the item is true. Drives line style on the chart. */
export const CONFIDENCE_LEVELS = ['confirmed', 'probable', 'possible', 'doubtful'] as const;
export const Confidence = z.enum(CONFIDENCE_LEVELS);
export type Confidence = z.infer<typeof Confidence>;

/**
 * Admiralty (NATO) source grading: reliability of the source (A-F) and credibility
 * of the information (1-6). F and 6 mean "cannot be judged", the honest default.
 */
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const Reliability = z.enum(RELIABILITY_GRADES);
export type Reliability = z.infer<typeof Reliability>;

export const CREDIBILITY_GRADES = ['1', '2', '3', '4', '5', '6'] as const;
export const Credibility = z.enum(CREDIBILITY_GRADES);
export type Credibility = z.infer<typeof Credibility>;

export const RELIABILITY_LABELS: Record<Reliability, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

export const CREDIBILITY_LABELS: Record<Credibility, string> = {
  '1': 'Confirmed by other sources',
  '2': 'Probably true',
  '3': 'Possibly true',
  '4': 'Doubtful',
  '5': 'Improbable',
  '6': 'Truth cannot be judged',
};

/** The grading words in other languages, as data beside the English (exports print them too). */
const RELIABILITY_WORDS: Record<Reliability, LocalizedWords> = {
  A: { ja: '完全に信頼できる' },
  B: { ja: '通常は信頼できる' },
  C: { ja: 'かなり信頼できる' },
  D: { ja: '通常は信頼できない' },
  E: { ja: '信頼できない' },
  F: { ja: '信頼性を判断できない' },
};

const CREDIBILITY_WORDS: Record<Credibility, LocalizedWords> = {
  '1': { ja: '他の情報源により確認済み' },
  '2': { ja: 'おそらく真実' },
  '3': { ja: '真実の可能性あり' },
  '4': { ja: '疑わしい' },
  '5': { ja: '真実とは考えにくい' },
  '6': { ja: '真偽を判断できない' },
};

const CONFIDENCE_WORDS: Record<Confidence, LocalizedWords> = {
  confirmed: { ja: '確認済み' },
  probable: { ja: '可能性が高い' },
  possible: { ja: '可能性あり' },
  doubtful: { ja: '疑わしい' },
};

/** "B" -> "Usually reliable" / "通常は信頼できる". */
export function reliabilityLabel(grade: Reliability, language: SchemaLanguage = 'en'): string {
  return wordIn(RELIABILITY_LABELS[grade], RELIABILITY_WORDS[grade], language);
}

export function credibilityLabel(grade: Credibility, language: SchemaLanguage = 'en'): string {
  return wordIn(CREDIBILITY_LABELS[grade], CREDIBILITY_WORDS[grade], language);
}

/** The stored value ("probable") is the English word; other languages translate it. */
export function confidenceLabel(level: Confidence, language: SchemaLanguage = 'en'): string {
  return wordIn(level, CONFIDENCE_WORDS[level], language);
}

/**
 * Protective markings, lowest first. Order matters: a chart export is banner-marked with
 * the highest marking of anything on it, so comparisons use the index in this list.
 */
export const CLASSIFICATIONS = [
  'UNCLASSIFIED',
  'OFFICIAL',
  'RESTRICTED',
  'CONFIDENTIAL',
  'SECRET',
  'TOP SECRET',
] as const;
export const Classification = z.enum(CLASSIFICATIONS);
export type Classification = z.infer<typeof Classification>;

export function highestClassification(markings: Iterable<Classification>): Classification {
  let best = 0;
  for (const m of markings) best = Math.max(best, CLASSIFICATIONS.indexOf(m));
  return CLASSIFICATIONS[best] ?? 'UNCLASSIFIED';
}
