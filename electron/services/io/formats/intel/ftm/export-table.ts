import type { Entity, Link } from '../../../../../../graph-schema/model/records';

/**
 * The reverse of schema-table.ts: Plexus entity types -> FtM schemata, and the property that
 * holds the label. A type with no entry (one an organization added) becomes LegalEntity.
 */
export function exportSchema(entity: Entity): { schema: string; labelProp: string; kindProp?: string } {
  const kind = entity.props;
  switch (entity.type) {
    case 'Person':
      return { schema: 'Person', labelProp: 'name' };
    case 'Company':
      return { schema: 'Company', labelProp: 'name' };
    case 'Organization':
      return {
        schema: kind.orgKind === 'government body' ? 'PublicBody' : 'Organization',
        labelProp: 'name',
      };
    case 'Location':
      return { schema: 'Address', labelProp: 'full' };
    case 'Asset': {
      const byKind: Record<string, string> = { vessel: 'Vessel', aircraft: 'Airplane', vehicle: 'Vehicle' };
      return { schema: byKind[String(kind.assetKind)] ?? 'Asset', labelProp: 'name' };
    }
    case 'Identifier':
      if (kind.identifierKind === 'passport') return { schema: 'Passport', labelProp: 'number' };
      if (kind.identifierKind === 'bank account') return { schema: 'BankAccount', labelProp: 'name' };
      if (kind.identifierKind === 'online account') return { schema: 'UserAccount', labelProp: 'username' };
      return { schema: 'Identification', labelProp: 'number', kindProp: 'type' };
    case 'Document':
      return { schema: kind.documentKind === 'article' ? 'Article' : 'Document', labelProp: 'title' };
    case 'Incident':
      return { schema: 'Event', labelProp: 'name' };
    default:
      return { schema: 'LegalEntity', labelProp: 'name' };
  }
}

/** Plexus props -> FtM properties (the first FtM name of PROPERTY_TABLE for each). */
export const EXPORT_PROPS: Readonly<Record<string, string>> = {
  dateOfBirth: 'birthDate',
  incorporated: 'incorporationDate',
  nationality: 'nationality',
  country: 'country',
  jurisdiction: 'jurisdiction',
  registrationNumber: 'registrationNumber',
  gender: 'gender',
  title: 'title',
  occupation: 'position',
  sector: 'sector',
  latitude: 'latitude',
  longitude: 'longitude',
  registration: 'imoNumber',
  flag: 'flag',
  published: 'publishedAt',
  author: 'author',
  url: 'sourceUrl',
  issuer: 'authority',
};

/** Link types -> edge schemata: their two ends and props. Others: UnknownLink with role = type. */
export interface EdgeExport {
  schema: string;
  source: string;
  target: string;
  props: Record<string, string>;
}

export function exportEdge(link: Link, typeOf: (id: string) => string | undefined): EdgeExport {
  const people = typeOf(link.source) === 'Person' && typeOf(link.target) === 'Person';
  switch (link.type) {
    case 'OWNS':
      return { schema: 'Ownership', source: 'owner', target: 'asset', props: { share: 'percentage' } };
    case 'OFFICER_OF':
      return {
        schema: 'Directorship',
        source: 'director',
        target: 'organization',
        props: { position: 'role' },
      };
    case 'MEMBER_OF':
      return { schema: 'Membership', source: 'member', target: 'organization', props: { role: 'role' } };
    case 'EMPLOYED_BY':
      return { schema: 'Employment', source: 'employee', target: 'employer', props: { position: 'role' } };
    case 'FAMILY_OF':
      return {
        schema: 'Family',
        source: 'person',
        target: 'relative',
        props: { relationship: 'relationship' },
      };
    case 'PAID':
      return {
        schema: 'Payment',
        source: 'payer',
        target: 'beneficiary',
        props: { amount: 'amount', currency: 'currency', purpose: 'purpose' },
      };
    case 'MENTIONED_IN':
      return { schema: 'Documentation', source: 'entity', target: 'document', props: { page: 'role' } };
    case 'ASSOCIATE_OF':
      if (people)
        return {
          schema: 'Associate',
          source: 'person',
          target: 'associate',
          props: { context: 'relationship' },
        };
      break;
  }
  return { schema: 'UnknownLink', source: 'subject', target: 'object', props: {} };
}
