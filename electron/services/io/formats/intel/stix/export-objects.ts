import { partialDateBounds } from '../../../../../../graph-schema/model/partial-date';
import type { Entity, Link } from '../../../../../../graph-schema/model/records';
import { toStixConfidence } from './confidence';
import { stixId } from './uuid5';

type StixObject = Record<string, unknown>;

/** The STIX type an import recorded in the notes, when there is one. */
function importedType(entity: Entity): string | undefined {
  return /^STIX type: ([a-z0-9-]+)$/m.exec(entity.notes)?.[1];
}

const quote = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** An indicator pattern: the imported one, else one comparison built from the kind. */
function patternOf(entity: Entity): string {
  const imported = /^pattern: (\[.+\])$/m.exec(entity.notes)?.[1];
  if (imported) return imported;
  const value = quote(entity.label);
  switch (entity.props.identifierKind) {
    case 'ip address':
      return `[${entity.label.includes(':') ? 'ipv6-addr' : 'ipv4-addr'}:value = ${value}]`;
    case 'email':
      return `[email-addr:value = ${value}]`;
    case 'online account':
      return `[user-account:account_login = ${value}]`;
    default:
      return `[x-plexus-identifier:value = ${value}]`;
  }
}

/**
 * Plexus types -> STIX (the reverse of object-table.ts): Person -> identity (individual);
 * Organization -> the imported threat-actor/intrusion-set, else identity (organization);
 * Company -> identity (organization); Location -> location; Identifier -> indicator;
 * Asset -> the imported malware/tool, else infrastructure; Incident -> campaign; Document ->
 * the imported attack-pattern/vulnerability/course-of-action, else report (its object_refs
 * are what is MENTIONED_IN it; STIX requires at least one, so an empty one names itself).
 */
export function stixType(entity: Entity): string {
  const imported = importedType(entity);
  switch (entity.type) {
    case 'Person':
    case 'Company':
      return 'identity';
    case 'Organization':
      return imported === 'threat-actor' || imported === 'intrusion-set' ? imported : 'identity';
    case 'Location':
      return 'location';
    case 'Identifier':
      return 'indicator';
    case 'Asset':
      return imported === 'malware' || imported === 'tool' ? imported : 'infrastructure';
    case 'Incident':
      return 'campaign';
    default:
      return imported === 'attack-pattern' || imported === 'vulnerability' || imported === 'course-of-action'
        ? imported
        : 'report';
  }
}

function common(item: Entity | Link, type: string): StixObject {
  const confidence = toStixConfidence(item.credibility);
  return {
    type,
    spec_version: '2.1',
    id: stixId(type, item.id),
    created: item.createdAt,
    modified: item.updatedAt,
    ...(item.notes !== '' ? { description: item.notes } : {}),
    ...(confidence !== undefined ? { confidence } : {}),
    x_plexus_id: item.id,
    x_plexus_type: item.type,
  };
}

export function entityObject(entity: Entity, refs: readonly string[]): StixObject {
  const type = stixType(entity);
  const o: StixObject = { ...common(entity, type), name: entity.label };
  const aliasTypes = ['threat-actor', 'intrusion-set', 'campaign', 'malware', 'tool', 'infrastructure'];
  if (entity.aliases.length > 0 && aliasTypes.includes(type)) o.aliases = entity.aliases;
  if (type === 'identity') o.identity_class = entity.type === 'Person' ? 'individual' : 'organization';
  if (type === 'malware') o.is_family = false;
  if (type === 'indicator') {
    o.pattern = patternOf(entity);
    o.pattern_type = 'stix';
    o.valid_from = entity.validFrom
      ? `${partialDateBounds(entity.validFrom).first}T00:00:00Z`
      : entity.createdAt;
  }
  if (type === 'location') {
    if (entity.props.country !== undefined) o.country = String(entity.props.country);
    if (entity.props.latitude !== undefined) o.latitude = entity.props.latitude;
    if (entity.props.longitude !== undefined) o.longitude = entity.props.longitude;
    if (o.country === undefined && o.latitude === undefined) o.region = 'unknown';
  }
  if (type === 'report') {
    o.published = entity.props.published
      ? `${partialDateBounds(String(entity.props.published)).first}T00:00:00Z`
      : entity.createdAt;
    o.object_refs = refs.length > 0 ? refs : [o.id];
  }
  if (type === 'campaign' && entity.validFrom)
    o.first_seen = `${partialDateBounds(entity.validFrom).first}T00:00:00Z`;
  return o;
}

/** A link -> a relationship; its type is the imported STIX label, else the link type in STIX spelling. */
export function relationshipObject(link: Link, sourceRef: string, targetRef: string): StixObject {
  const relationshipType = /^[a-z][a-z0-9-]*$/.test(link.label)
    ? link.label
    : link.type.toLowerCase().replace(/_/g, '-');
  const o: StixObject = { ...common(link, 'relationship'), relationship_type: relationshipType };
  // A link the import ran against the STIX direction (indicates, targets) goes back the STIX way.
  const reversed = /^direction: reversed/m.test(link.notes);
  o.source_ref = reversed ? targetRef : sourceRef;
  o.target_ref = reversed ? sourceRef : targetRef;
  if (link.validFrom) o.start_time = `${partialDateBounds(link.validFrom).first}T00:00:00Z`;
  if (link.validTo) o.stop_time = `${partialDateBounds(link.validTo).last}T23:59:59Z`;
  return o;
}
