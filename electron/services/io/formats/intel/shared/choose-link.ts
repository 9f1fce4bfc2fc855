import { GENERIC_LINK_TYPE } from '../../../../../../graph-schema/model/generic-link';
import type { SchemaIndex } from '../../../../../../graph-schema/model/schema';

/** A link type to try; `reverse` runs it from the foreign target to the foreign source. */
export interface LinkCandidate {
  type: string;
  reverse?: boolean;
}

export interface ChosenLink {
  type: string;
  reverse: boolean;
}

/**
 * The first candidate the types in force allow between the two ends. An end whose type is
 * unknown (missing from the file) accepts the first candidate that exists: the engine then
 * rejects the link naming the missing key, instead of the importer dropping it unseen.
 */
export function chooseLink(
  types: SchemaIndex,
  candidates: readonly LinkCandidate[],
  fromType: string | undefined,
  toType: string | undefined,
): ChosenLink | undefined {
  for (const candidate of candidates) {
    const def = types.linkType(candidate.type);
    if (!def) continue;
    const reverse = candidate.reverse === true;
    if (fromType === undefined || toType === undefined) return { type: candidate.type, reverse };
    const [a, b] = reverse ? [toType, fromType] : [fromType, toType];
    if (types.allowsLink(def, a, b)) return { type: candidate.type, reverse };
  }
  return undefined;
}

/**
 * Tried after a format's own candidates: the generic LINKED_TO, which any two entity types
 * may use, so no link is lost to a guess (the caller keeps the file's word on it).
 */
export const FALLBACK_LINKS: readonly LinkCandidate[] = [{ type: GENERIC_LINK_TYPE }];
