import type { Props } from './records';

/**
 * i2 Analyst's Notebook type names <-> schema types, one documented table. Reading matches
 * the i2 name case-insensitively; an i2 type not in the table takes the import's default
 * entity type and keeps its name as an `i2 type: NAME` notes line (also kept whenever the
 * name is not the table's first name for that row, e.g. Woman or ORG). Writing uses the
 * first name of the first row for the entity's type and kind, so a Plexus ANX re-imports
 * to the same types. PERSON, ORG, NORP, GPE, LOC, FAC and EVENT are the spaCy names that
 * charts made by NLP tools use. The table also serves GraphML and GEXF type attributes.
 */

export interface I2TypeRow {
  names: readonly string[];
  type: string;
  props?: Props;
}

export const I2_TYPE_TABLE: readonly I2TypeRow[] = [
  { names: ['Person', 'Woman', 'Man', 'PERSON'], type: 'Person' },
  { names: ['Organisation', 'Organization', 'ORG', 'NORP'], type: 'Organization' },
  {
    names: ['Government Body', 'Federal Agency', 'Agency', 'Government', 'Ministry'],
    type: 'Organization',
    props: { orgKind: 'government body' },
  },
  { names: ['Company'], type: 'Company' },
  { names: ['Vehicle', 'Car'], type: 'Asset', props: { assetKind: 'vehicle' } },
  { names: ['Ship', 'Vessel', 'Boat'], type: 'Asset', props: { assetKind: 'vessel' } },
  { names: ['Aircraft'], type: 'Asset', props: { assetKind: 'aircraft' } },
  { names: ['Asset'], type: 'Asset' },
  { names: ['Telephone', 'Phone', 'Mobile Phone'], type: 'Identifier', props: { identifierKind: 'phone' } },
  { names: ['Email', 'E-mail'], type: 'Identifier', props: { identifierKind: 'email' } },
  { names: ['Identifier'], type: 'Identifier', props: { identifierKind: 'other' } },
  { names: ['Location', 'Place', 'GPE', 'LOC'], type: 'Location' },
  { names: ['Address'], type: 'Location', props: { locationKind: 'address' } },
  { names: ['Building', 'FAC'], type: 'Location', props: { locationKind: 'facility' } },
  { names: ['Document'], type: 'Document' },
  { names: ['Event', 'Incident', 'EVENT'], type: 'Incident' },
];

const byName = new Map<string, I2TypeRow>();
for (const row of I2_TYPE_TABLE) for (const name of row.names) byName.set(name.toLowerCase(), row);

export function fromI2Type(name: string): I2TypeRow | undefined {
  return byName.get(name.trim().toLowerCase());
}

/** Whether reading `name` loses nothing: it is its row's own (first) name, in any case. */
export function isCanonicalI2Name(name: string, row: I2TypeRow): boolean {
  return row.names[0]?.toLowerCase() === name.trim().toLowerCase();
}

/**
 * The i2 name for an entity: the first row of its type whose kind property matches (an
 * Asset that is a vessel is a Ship), else the row named like the type (Identifier, Asset),
 * else the type's first row without a kind, else the type name itself.
 */
export function toI2Type(type: string, props: Props): string {
  const rows = I2_TYPE_TABLE.filter((r) => r.type === type);
  const kindMatch = rows.find(
    (r) => r.props !== undefined && Object.entries(r.props).every(([k, v]) => props[k] === v),
  );
  const row = kindMatch ?? rows.find((r) => r.names[0] === type) ?? rows.find((r) => r.props === undefined);
  return row?.names[0] ?? type;
}
