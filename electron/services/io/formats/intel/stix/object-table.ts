/**
 * STIX 2.1 object types -> Plexus entity types. Every object keeps its STIX type and id in
 * notes; keys are STIX ids, so objects sharing a name stay distinct.
 *
 *   threat-actor, intrusion-set -> Organization (orgKind other: STIX does not say which kind)
 *   identity -> Person when identity_class is "individual", else Organization (other)
 *   malware, tool, infrastructure -> Asset (other): things an actor uses, and Asset is what a
 *     USES link may reach, so "APT1 uses Poison Ivy" stays a USES link
 *   indicator -> Identifier: kind from its only observable (ip address, email...), else other;
 *     the pattern in notes, every observable as an `observable:` line
 *   campaign -> Incident (intrusion); location -> Location; report -> Document (report)
 *   attack-pattern, vulnerability, course-of-action, note, opinion, grouping, observed-data,
 *     malware-analysis and unknown types -> Document (other), external ids as reference
 *   cyber observables: ipv4/ipv6-addr, email-addr, user-account, domain-name, url,
 *     mac-addr, phone-number -> Identifier; file -> Document (file)
 *   marking-definition, extension-definition, language-content: metadata, reported as not imported
 */
export interface StixRule {
  type: string;
  props?: Record<string, string>;
}

export const OBJECT_TABLE: Readonly<Record<string, StixRule>> = {
  'threat-actor': { type: 'Organization', props: { orgKind: 'other' } },
  'intrusion-set': { type: 'Organization', props: { orgKind: 'other' } },
  malware: { type: 'Asset', props: { assetKind: 'other' } },
  tool: { type: 'Asset', props: { assetKind: 'other' } },
  infrastructure: { type: 'Asset', props: { assetKind: 'other' } },
  indicator: { type: 'Identifier', props: { identifierKind: 'other' } },
  campaign: { type: 'Incident', props: { incidentKind: 'intrusion' } },
  location: { type: 'Location' },
  report: { type: 'Document', props: { documentKind: 'report' } },
  file: { type: 'Document', props: { documentKind: 'file' } },
  'ipv4-addr': { type: 'Identifier', props: { identifierKind: 'ip address' } },
  'ipv6-addr': { type: 'Identifier', props: { identifierKind: 'ip address' } },
  'email-addr': { type: 'Identifier', props: { identifierKind: 'email' } },
  'user-account': { type: 'Identifier', props: { identifierKind: 'online account' } },
  'domain-name': { type: 'Identifier', props: { identifierKind: 'other' } },
  url: { type: 'Identifier', props: { identifierKind: 'other' } },
  'mac-addr': { type: 'Identifier', props: { identifierKind: 'other' } },
  'phone-number': { type: 'Identifier', props: { identifierKind: 'phone' } },
};

export const DOCUMENT_RULE: StixRule = { type: 'Document', props: { documentKind: 'other' } };

/** Metadata objects: they describe other objects and are not entities. */
export const METADATA_TYPES = new Set(['marking-definition', 'extension-definition', 'language-content']);

export function stixRule(object: Record<string, unknown>): StixRule {
  if (object.type === 'identity') {
    return object.identity_class === 'individual'
      ? { type: 'Person' }
      : { type: 'Organization', props: { orgKind: 'other' } };
  }
  return OBJECT_TABLE[String(object.type)] ?? DOCUMENT_RULE;
}
