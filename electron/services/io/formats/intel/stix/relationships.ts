import { GENERIC_LINK_TYPE, SOURCE_TYPE_PROP } from '../../../../../../graph-schema/model/generic-link';
import type { SchemaIndex } from '../../../../../../graph-schema/model/schema';
import type { ImportRecord } from '../../../types';
import { chooseLink, FALLBACK_LINKS, type LinkCandidate } from '../shared/choose-link';
import { Draft } from '../shared/draft';
import { fromStixConfidence } from './confidence';
import { stringField, valueText } from './values';

/**
 * relationship_type -> link types tried in order against the ends' types, before the shared
 * fallbacks. `reverse` runs the link from the STIX target to the STIX source:
 *   uses: X USES malware/tool/indicator; a campaign's malware is INVOLVED_IN the campaign
 *   attributed-to: POSSIBLE_TASKING_BY (to an Organization), else ASSOCIATE_OF; the actor
 *     behind a campaign is INVOLVED_IN it
 *   indicates: the actor USES the indicator (its infrastructure); the indicator is
 *     INVOLVED_IN a campaign
 *   targets: the victim is INVOLVED_IN the campaign (role victim), else ASSOCIATE_OF
 *   located-at, originates-from: LOCATED_AT; related-to and the rest: the generic LINKED_TO,
 *     keeping the relationship_type as its type in the file
 * A type named like a Plexus link type (`owns` -> OWNS, as our export writes) is tried first.
 * The link's label is the STIX relationship_type; a relationship no link type can carry
 * becomes a notes line on its source object.
 */
const RELATIONSHIP_TABLE: Readonly<Record<string, LinkCandidate[]>> = {
  uses: [{ type: 'USES' }, { type: 'INVOLVED_IN', reverse: true }],
  'attributed-to': [
    { type: 'POSSIBLE_TASKING_BY' },
    { type: 'ASSOCIATE_OF' },
    { type: 'INVOLVED_IN', reverse: true },
  ],
  indicates: [{ type: 'USES', reverse: true }, { type: 'INVOLVED_IN' }],
  targets: [{ type: 'INVOLVED_IN', reverse: true }, { type: 'ASSOCIATE_OF' }],
  'located-at': [{ type: 'LOCATED_AT' }],
  'originates-from': [{ type: 'LOCATED_AT' }],
};

const HANDLED = new Set([
  'type',
  'id',
  'spec_version',
  'relationship_type',
  'source_ref',
  'target_ref',
  'description',
  'confidence',
]);

export type RelationshipResult = { record: ImportRecord } | { sourceLine: { key: string; line: string } };

function candidates(relationshipType: string, types: SchemaIndex): LinkCandidate[] {
  const plexusName = relationshipType.toUpperCase().replace(/-/g, '_');
  const named = types.linkType(plexusName) ? [{ type: plexusName }] : [];
  return [...named, ...(RELATIONSHIP_TABLE[relationshipType] ?? []), ...FALLBACK_LINKS];
}

/** A relationship SRO -> a link record, or a notes line for its source when nothing fits. */
export function relationshipRecord(
  rel: Record<string, unknown>,
  file: string,
  types: SchemaIndex,
  typeOf: (key: string) => string | undefined,
  labelOf: (key: string) => string,
): RelationshipResult {
  const relationshipType = stringField(rel, 'relationship_type') ?? 'related-to';
  const source = String(rel.source_ref);
  const target = String(rel.target_ref);
  const place = { file, element: String(rel.id) };
  const chosen = chooseLink(types, candidates(relationshipType, types), typeOf(source), typeOf(target));
  if (!chosen) {
    const line = `${relationshipType}: ${labelOf(target)} (${target}, ${String(rel.id)})`;
    return { sourceLine: { key: source, line } };
  }
  const draft = new Draft(chosen.type, types, 'link');
  if (chosen.type === GENERIC_LINK_TYPE) draft.prop(SOURCE_TYPE_PROP, relationshipType);
  draft.note('STIX id', String(rel.id));
  if (chosen.reverse) draft.note('direction', `reversed: in STIX ${source} ${relationshipType} ${target}`);
  if (relationshipType === 'targets' && chosen.type === 'INVOLVED_IN') draft.prop('role', 'victim');
  const description = stringField(rel, 'description');
  if (description) draft.text(description);
  for (const [name, value] of Object.entries(rel)) {
    if (!HANDLED.has(name) && value !== undefined && value !== null) draft.note(name, valueText(value));
  }
  const grading = typeof rel.confidence === 'number' ? fromStixConfidence(rel.confidence) : {};
  return {
    record: {
      kind: 'link',
      sourceKey: chosen.reverse ? target : source,
      targetKey: chosen.reverse ? source : target,
      input: draft.input(relationshipType, grading),
      place,
    },
  };
}
