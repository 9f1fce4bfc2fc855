import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlexusError } from '../../../../../graph-schema/model/errors';
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
});
