import {
  CLASSIFICATIONS,
  CONFIDENCE_LEVELS,
  CREDIBILITY_GRADES,
  RELIABILITY_GRADES,
} from '../../../../../../graph-schema/model/grading';
import { isPartialDate } from '../../../../../../graph-schema/model/partial-date';

/**
 * Formats with no field for Plexus's validity dates and grading (FtM has none on a Person)
 * carry them as `plexus.<field>: value` lines in their free-text notes; import puts them back.
 */
const CHECKS: Record<string, (v: string) => boolean> = {
  validFrom: isPartialDate,
  validTo: isPartialDate,
  confidence: (v) => (CONFIDENCE_LEVELS as readonly string[]).includes(v),
  reliability: (v) => (RELIABILITY_GRADES as readonly string[]).includes(v),
  credibility: (v) => (CREDIBILITY_GRADES as readonly string[]).includes(v),
  classification: (v) => (CLASSIFICATIONS as readonly string[]).includes(v),
};

export const PLEXUS_LINE_FIELDS = Object.keys(CHECKS);

/**
 * Splits free text into the Plexus fields it carries, the type properties the format had no
 * field for (`plexus.props.<name>: value`), and the remaining text.
 */
export function takePlexusLines(text: string): {
  fields: Record<string, string>;
  props: Record<string, string>;
  rest: string;
} {
  const fields: Record<string, string> = {};
  const props: Record<string, string> = {};
  const rest: string[] = [];
  for (const line of text.split('\n')) {
    const prop = /^plexus\.props\.(\w+): (.+)$/.exec(line.trim());
    if (prop?.[1] !== undefined && prop[2] !== undefined && props[prop[1]] === undefined) {
      props[prop[1]] = prop[2];
      continue;
    }
    const m = /^plexus\.(\w+): (.+)$/.exec(line.trim());
    const check = m?.[1] === undefined ? undefined : CHECKS[m[1]];
    if (m?.[1] !== undefined && m[2] !== undefined && check?.(m[2]) && fields[m[1]] === undefined) {
      fields[m[1]] = m[2];
    } else rest.push(line);
  }
  return { fields, props, rest: rest.join('\n') };
}

/** The lines for the fields of a record that differ from what an import would assume. */
export function plexusLines(item: Record<string, unknown>, defaults: Record<string, unknown>): string[] {
  return PLEXUS_LINE_FIELDS.filter(
    (f) => item[f] !== null && item[f] !== undefined && item[f] !== defaults[f],
  ).map((f) => `plexus.${f}: ${String(item[f])}`);
}
