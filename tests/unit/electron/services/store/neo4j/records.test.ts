import { describe, expect, it } from 'vitest';
import { loadSchema } from '../../../../../../electron/services/schema/load-types';
import {
  ENTITY_PROPERTY_KEYS,
  entityFromProperties,
  entityProperties,
  entityRow,
  linkFromRow,
  linkProperties,
} from '../../../../../../electron/services/store/neo4j/records';
import { toPlain } from '../../../../../../electron/services/store/neo4j/values';
import { PlexusError } from '../../../../../../graph-schema/model/errors';
import type { Entity, Link } from '../../../../../../graph-schema/model/records';
import { SchemaIndex } from '../../../../../../graph-schema/model/schema';

const index = new SchemaIndex(loadSchema());

const audit = {
  createdAt: '2024-01-01T00:00:00.000Z',
  createdBy: 'ana',
  updatedAt: '2024-02-01T00:00:00.000Z',
  updatedBy: 'bo',
};

const entity: Entity = {
  id: 'c1',
  type: 'Company',
  aliases: ['Wang Hldg', 'WH'],
  label: 'Wáng Holdings',
  notes: 'line one\nline two',
  validFrom: '2019',
  validTo: null,
  confidence: 'confirmed',
  reliability: 'B',
  credibility: '2',
  classification: 'RESTRICTED',
  props: { registrationNumber: 'HRB 98765' },
  ...audit,
};

const link: Link = {
  id: 'l1',
  type: 'OWNS',
  source: 'p1',
  target: 'c1',
  label: 'owns',
  notes: '',
  validFrom: '2019-04',
  validTo: '2020-01-31',
  confidence: 'probable',
  reliability: 'F',
  credibility: '6',
  classification: 'UNCLASSIFIED',
  props: { share: 51.5 },
  ...audit,
};

describe('records', () => {
  it('round-trips an entity through its node properties', () => {
    const props = entityProperties(entity, index);
    expect(props).toMatchObject({
      type: 'Company',
      labelKey: 'wang holdings',
      propsJson: '{"registrationNumber":"HRB 98765"}',
    });
    expect(props.searchText).toBe('wang holdings wang hldg wh hrb 98765');
    // Neo4j does not store nulls: the node comes back without validTo.
    const stored = Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null));
    expect(entityFromProperties(toPlain(stored))).toEqual(entity);
  });

  it('holds every node property in the entity row, in the order the create statement names them', () => {
    const props = entityProperties(entity, index);
    expect([...ENTITY_PROPERTY_KEYS].sort()).toEqual(Object.keys(props).sort());
    expect(entityRow(entity, index)).toEqual(ENTITY_PROPERTY_KEYS.map((key) => props[key]));
  });

  it('round-trips a link through its relationship properties, type and ends', () => {
    const props = linkProperties(link);
    expect(props).not.toHaveProperty('type');
    expect(linkFromRow({ props: toPlain(props), type: 'OWNS', source: 'p1', target: 'c1' })).toEqual(link);
  });

  it('refuses a stored node that is not a Plexus record, naming the field', () => {
    const broken = { ...entityProperties(entity, index), confidence: 'sure' };
    expect(() => entityFromProperties(toPlain(broken))).toThrow(PlexusError);
    expect(() => entityFromProperties(toPlain(broken))).toThrow(/c1.*confidence/);
  });

  it('words the refusal as the case file does, and refuses props that are not JSON', () => {
    const broken = { ...entityProperties(entity, index), confidence: 'sure' };
    expect(() => entityFromProperties(toPlain(broken))).toThrow(
      /^entity c1: field confidence: expected one of "confirmed", "probable", "possible", "doubtful", got "sure"/,
    );
    const garbled = { ...linkProperties(link), propsJson: '{"share": 40' };
    expect(() => linkFromRow({ props: toPlain(garbled), type: 'OWNS', source: 'p1', target: 'c1' })).toThrow(
      new RegExp(`^link ${link.id}: field props: the stored propsJson is not JSON`),
    );
  });
});
