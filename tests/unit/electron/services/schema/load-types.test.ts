import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlexusError } from '../../../../../graph-schema/model/errors';
import { SchemaIndex } from '../../../../../graph-schema/model/schema';
import { loadSchema } from '../../../../../electron/services/schema/load-types';

function extensionDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'plexus-types-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name.split('/')[0] ?? ''), { recursive: true });
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

const vessel = {
  kind: 'entity',
  name: 'Drone',
  label: 'Drone',
  plural: 'Drones',
  icon: 'plane',
  color: '#336699',
  properties: [{ name: 'model', label: 'Model', kind: 'string' }],
};

describe('loadSchema', () => {
  it('holds every built-in entity and link type of the domain', () => {
    const schema = loadSchema([]);
    expect(schema.entityTypes.map((t) => t.name)).toEqual([
      'Asset',
      'Company',
      'Document',
      'Identifier',
      'Incident',
      'Location',
      'Organization',
      'Person',
    ]);
    for (const name of [
      'EMPLOYED_BY',
      'STUDIED_AT',
      'OWNS',
      'INVOLVED_IN',
      'POSSIBLE_TASKING_BY',
      'PAID',
      'MENTIONED_IN',
    ])
      expect(schema.linkTypes.map((t) => t.name)).toContain(name);
  });

  it('adds an organization’s own types from a folder, without code', () => {
    const dir = extensionDir({
      'entities/Drone.json': vessel,
      'links/OPERATES.json': {
        kind: 'link',
        name: 'OPERATES',
        label: 'operates',
        directed: true,
        from: ['Person'],
        to: ['Drone'],
        properties: [],
      },
    });
    const schema = loadSchema([dir]);
    expect(schema.entityTypes.map((t) => t.name)).toContain('Drone');
    expect(schema.linkTypes.find((t) => t.name === 'OPERATES')?.to).toEqual(['Drone']);
  });

  it('refuses a broken type file naming the file and the field', () => {
    const bad = extensionDir({ 'entities/Drone.json': { ...vessel, color: 'blue' } });
    expect(() => loadSchema([bad])).toThrow(/Drone\.json: color: must be a colour/);
    const clash = extensionDir({ 'entities/Person.json': { ...vessel, name: 'Person' } });
    expect(() => loadSchema([clash])).toThrow(/type Person is already defined/);
    const dangling = extensionDir({
      'links/FLIES.json': {
        kind: 'link',
        name: 'FLIES',
        label: 'flies',
        directed: true,
        from: ['Pilot'],
        to: ['*'],
        properties: [],
      },
    });
    expect(() => loadSchema([dangling])).toThrow(/from names unknown entity type Pilot/);
    const notJson = extensionDir({ 'entities/Drone.json': '{ nope' });
    expect(() => loadSchema([notJson])).toThrow(PlexusError);
  });

  it('gives every built-in type, field and option a Japanese label, so a new one without fails here', () => {
    const schema = loadSchema([]);
    const missing: string[] = [];
    for (const type of [...schema.entityTypes, ...schema.linkTypes]) {
      if (!type.labels?.ja) missing.push(`${type.name}.labels.ja`);
      if (type.description !== undefined && !type.descriptions?.ja)
        missing.push(`${type.name}.descriptions.ja`);
      for (const prop of type.properties) {
        if (!prop.labels?.ja) missing.push(`${type.name}.${prop.name}.labels.ja`);
        if (prop.description !== undefined && !prop.descriptions?.ja)
          missing.push(`${type.name}.${prop.name}.descriptions.ja`);
        for (const option of prop.options ?? [])
          if (!prop.optionLabels?.[option]?.ja)
            missing.push(`${type.name}.${prop.name}.optionLabels.${option}.ja`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('keeps a type file without Japanese valid: its words fall back to English', () => {
    const index = new SchemaIndex(loadSchema([extensionDir({ 'entities/Drone.json': vessel })]));
    expect(index.typeLabel('Drone', 'ja')).toBe('Drone');
    expect(index.typePlural('Drone', 'ja')).toBe('Drones');
    expect(index.fieldLabel('Drone', 'model', 'ja')).toBe('Model');
    expect(index.typeLabel('Person', 'ja')).toBe('人物');
  });

  it('refuses a malformed labels entry with one message naming the file and the field', () => {
    const typo = extensionDir({ 'entities/Drone.json': { ...vessel, labels: { jp: 'ドローン' } } });
    expect(() => loadSchema([typo])).toThrow(/Drone\.json: unknown field labels\.jp$/);
    const notText = extensionDir({
      'entities/Drone.json': {
        ...vessel,
        properties: [{ name: 'model', label: 'Model', kind: 'string', labels: { ja: 7 } }],
      },
    });
    expect(() => loadSchema([notText])).toThrow(/Drone\.json: properties\.0\.labels\.ja: /);
    const strayOption = extensionDir({
      'entities/Drone.json': {
        ...vessel,
        properties: [
          {
            name: 'rotor',
            label: 'Rotor',
            kind: 'enum',
            options: ['single'],
            optionLabels: { dual: { ja: '双発' } },
          },
        ],
      },
    });
    expect(() => loadSchema([strayOption])).toThrow(
      /Drone\.json: properties\.0\.optionLabels names dual, which is not an option of rotor/,
    );
  });
});
