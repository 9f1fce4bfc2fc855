import type { Schema } from '@alephdata/followthemoney';
import type { LinkCandidate } from '../shared/choose-link';
import { lineage } from './model';

/**
 * FtM node schemata -> Plexus entity types. A schema not listed takes the entry of its
 * nearest listed ancestor (Trip -> Event -> Incident; Email -> Folder -> Document); one with
 * no listed ancestor, or a schema the bundled model does not know, becomes a Document of kind
 * "other" with the FtM schema in notes (a Document can be linked from anything).
 *
 *   Person -> Person               Company -> Company
 *   Organization, LegalEntity -> Organization; PublicBody -> Organization (government body)
 *   Address -> Location (address)  RealEstate -> Location (facility)
 *   Vessel / Airplane / Vehicle -> Asset (vessel / aircraft / vehicle); other Asset, Value -> Asset (other)
 *   Passport -> Identifier (passport); Identification -> Identifier (other)
 *   UserAccount -> Identifier (online account); BankAccount -> Identifier (bank account)
 *   CryptoWallet -> Identifier (other)
 *   Article -> Document (article); CourtCase -> Document (court record);
 *   Assessment -> Document (report); Document, Analyzable, Sanction, Note, Contract, Thing -> Document
 *   Event, Interval -> Incident (other)
 *
 * FtM's "Email" is an e-mail message (a Document), not an address: addresses are `email`
 * property values and stay in notes.
 */
export interface EntityRule {
  type: string;
  props?: Record<string, string>;
}

export const ENTITY_TABLE: Readonly<Record<string, EntityRule>> = {
  Person: { type: 'Person' },
  Company: { type: 'Company' },
  PublicBody: { type: 'Organization', props: { orgKind: 'government body' } },
  Organization: { type: 'Organization' },
  LegalEntity: { type: 'Organization' },
  Address: { type: 'Location', props: { locationKind: 'address' } },
  RealEstate: { type: 'Location', props: { locationKind: 'facility' } },
  Vessel: { type: 'Asset', props: { assetKind: 'vessel' } },
  Airplane: { type: 'Asset', props: { assetKind: 'aircraft' } },
  Vehicle: { type: 'Asset', props: { assetKind: 'vehicle' } },
  Passport: { type: 'Identifier', props: { identifierKind: 'passport' } },
  Identification: { type: 'Identifier', props: { identifierKind: 'other' } },
  UserAccount: { type: 'Identifier', props: { identifierKind: 'online account' } },
  BankAccount: { type: 'Identifier', props: { identifierKind: 'bank account' } },
  CryptoWallet: { type: 'Identifier', props: { identifierKind: 'other' } },
  Article: { type: 'Document', props: { documentKind: 'article' } },
  CourtCase: { type: 'Document', props: { documentKind: 'court record' } },
  Assessment: { type: 'Document', props: { documentKind: 'report' } },
  Document: { type: 'Document', props: { documentKind: 'file' } },
  Sanction: { type: 'Document', props: { documentKind: 'other' } },
  Contract: { type: 'Document', props: { documentKind: 'other' } },
  Event: { type: 'Incident', props: { incidentKind: 'other' } },
  Asset: { type: 'Asset', props: { assetKind: 'other' } },
  Value: { type: 'Asset', props: { assetKind: 'other' } },
  Analyzable: { type: 'Document', props: { documentKind: 'other' } },
  Interval: { type: 'Incident', props: { incidentKind: 'other' } },
  Thing: { type: 'Document', props: { documentKind: 'other' } },
};

export const FALLBACK_ENTITY: EntityRule = { type: 'Document', props: { documentKind: 'other' } };

export function entityRule(schema: Schema | undefined): EntityRule {
  if (!schema) return FALLBACK_ENTITY;
  for (const s of lineage(schema)) {
    const rule = ENTITY_TABLE[s.name];
    if (rule) return rule;
  }
  return FALLBACK_ENTITY;
}

/** FtM property -> Plexus property, set where the Plexus type has it (else notes). */
export const PROPERTY_TABLE: Readonly<Record<string, string>> = {
  birthDate: 'dateOfBirth',
  incorporationDate: 'incorporated',
  nationality: 'nationality',
  country: 'country',
  jurisdiction: 'jurisdiction',
  registrationNumber: 'registrationNumber',
  gender: 'gender',
  title: 'title',
  position: 'occupation',
  sector: 'sector',
  latitude: 'latitude',
  longitude: 'longitude',
  imoNumber: 'registration',
  flag: 'flag',
  publishedAt: 'published',
  author: 'author',
  sourceUrl: 'url',
  passportNumber: 'reference',
  authority: 'issuer',
};

/**
 * FtM edge schemata -> link types, tried in order against the ends' types before the shared
 * fallbacks (ASSOCIATE_OF between parties, then MENTIONED_IN/LOCATED_AT... as allowed), and
 * the FtM properties that become link props. Links that fall back carry the FtM schema in
 * notes. Documentation runs document -> entity in FtM and entity MENTIONED_IN document here.
 */
export interface EdgeRule {
  candidates: LinkCandidate[];
  props: Record<string, string>;
}

export const EDGE_TABLE: Readonly<Record<string, EdgeRule>> = {
  Ownership: { candidates: [{ type: 'OWNS' }], props: { percentage: 'share' } },
  Directorship: { candidates: [{ type: 'OFFICER_OF' }], props: { role: 'position' } },
  Membership: { candidates: [{ type: 'MEMBER_OF' }], props: { role: 'role' } },
  Employment: { candidates: [{ type: 'EMPLOYED_BY' }], props: { role: 'position' } },
  Family: { candidates: [{ type: 'FAMILY_OF' }], props: { relationship: 'relationship' } },
  Associate: { candidates: [{ type: 'ASSOCIATE_OF' }], props: { relationship: 'context' } },
  Payment: {
    candidates: [{ type: 'PAID' }],
    props: { amount: 'amount', currency: 'currency', purpose: 'purpose' },
  },
  Documentation: { candidates: [{ type: 'MENTIONED_IN', reverse: true }], props: { role: 'page' } },
};

/**
 * Entity-valued properties of node schemata -> links from the entity holding the property
 * (or, reversed, from the entity it names). Others try the shared fallbacks; a value no link
 * type can carry stays in notes.
 *   addressEntity: X LOCATED_AT address      Sanction/Note.entity: X MENTIONED_IN sanction
 *   holder/owner of an Identifier: X USES it  owner of an Asset: X OWNS it; operator: X CONTROLS it
 *   parent: parent CONTROLS X                 proof: X MENTIONED_IN document
 */
export const PROPERTY_LINKS: Readonly<Record<string, LinkCandidate[]>> = {
  addressEntity: [{ type: 'LOCATED_AT' }],
  entity: [{ type: 'MENTIONED_IN', reverse: true }],
  holder: [{ type: 'USES', reverse: true }],
  owner: [
    { type: 'USES', reverse: true },
    { type: 'OWNS', reverse: true },
  ],
  operator: [{ type: 'CONTROLS', reverse: true }],
  parent: [{ type: 'CONTROLS', reverse: true }],
  proof: [{ type: 'MENTIONED_IN' }],
};
