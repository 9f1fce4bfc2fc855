import type { Classification } from '../../../../graph-schema/model/grading';
import { markingScheme, type MarkingScheme } from '../../../../graph-schema/model/marking-schemes';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/app-store';

type Names = MarkingScheme['name'];

/** A scheme's own name for a scheme, level or caveat, in the language the app speaks. */
export function localName(names: Names, language: string | undefined): string {
  return language === 'ja' ? names.ja : names.en;
}

/** A level or caveat as a choice: the words printed on the banner, glossed when the app speaks another language. */
export function choiceLabel(item: { name: Names; banner: string }, language: string | undefined): string {
  const name = localName(item.name, language);
  return name === item.banner ? name : `${item.banner} (${name})`;
}

/**
 * A scheme's classification choices as [stored code, label] pairs for a select. A record
 * whose code the scheme does not name (RESTRICTED in a Japanese-scheme case) keeps it as an
 * extra choice, so opening a form never changes what is stored.
 */
export function classificationOptions(
  scheme: MarkingScheme,
  language: string | undefined,
  present: readonly Classification[] = [],
): [Classification, string][] {
  const options = scheme.levels.map((l): [Classification, string] => [l.id, choiceLabel(l, language)]);
  for (const code of new Set(present)) if (!options.some(([id]) => id === code)) options.push([code, code]);
  return options;
}

/** The open case's classification choices, in its marking scheme's words; `present` are the codes the items hold. */
export function useClassificationOptions(
  present: readonly Classification[] = [],
): [Classification, string][] {
  const { i18n } = useTranslation();
  const scheme = markingScheme(useAppStore((s) => s.caseMarking.scheme));
  return classificationOptions(scheme, i18n.resolvedLanguage, present);
}
