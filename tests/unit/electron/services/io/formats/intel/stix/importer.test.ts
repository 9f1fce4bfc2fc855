import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createStixImporter } from '../../../../../../../../electron/services/io/formats/intel/stix/importer';
import {
  countBy,
  fixture,
  freshCase,
  PUBLIC_DIR,
  publicPresent,
  readAll,
  storeRecords,
  tempDir,
} from '../helpers';

const importer = createStixImporter();
let dir: string;
beforeAll(() => {
  dir = tempDir('plexus-stix-');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const base = (type: string, n: number, extra: Record<string, unknown> = {}) => ({
  type,
  spec_version: '2.1',
  id: `${type}--00000000-0000-4000-8000-00000000000${n}`,
  created: '2015-05-15T09:12:16.432Z',
  modified: '2015-05-15T09:12:16.432Z',
  ...extra,
});
const rel = (n: number, type: string, source: { id: string }, target: { id: string }) =>
  base('relationship', n, { relationship_type: type, source_ref: source.id, target_ref: target.id });
const bundle = (objects: unknown[]) => JSON.stringify({ type: 'bundle', id: 'bundle--1', objects }, null, 2);

const actor = base('threat-actor', 1, { name: 'APT1', aliases: ['Comment Crew'], confidence: 85 });
const person = base('identity', 2, { name: 'Wang Dong', identity_class: 'individual' });
const malware = base('malware', 3, { name: 'MANITSME', is_family: false });
const ind1 = base('indicator', 4, {
  name: 'Hop point',
  pattern: "[ipv4-addr:value = '223.166.0.0/15']",
  pattern_type: 'stix',
});
const ind2 = base('indicator', 5, {
  name: 'Hop point',
  pattern: "[domain-name:value = 'a.com' OR ipv4-addr:value = '1.2.3.4']",
});
const set = base('intrusion-set', 6, { name: 'APT1 set' });
const report = base('report', 7, {
  name: 'APT1 report',
  published: '2013-02-19T00:00:00Z',
  object_refs: [] as string[],
});

describe('STIX objects', () => {
  it('maps SDOs to entity types, keeps STIX ids as keys and never merges by name', async () => {
    const path = fixture(dir, 'objects.json', bundle([actor, person, malware, ind1, ind2, set]));
    const { entities } = await readAll(importer, path);
    const byKey = Object.fromEntries(entities.map((e) => [e.key, e.input]));
    expect(byKey[actor.id]).toMatchObject({
      type: 'Organization',
      label: 'APT1',
      aliases: ['Comment Crew'],
      props: { orgKind: 'other' },
      confidence: 'confirmed',
      credibility: '1',
    });
    expect(String(byKey[actor.id]?.notes)).toContain('STIX type: threat-actor');
    expect(byKey[person.id]).toMatchObject({ type: 'Person', label: 'Wang Dong' });
    expect(byKey[malware.id]).toMatchObject({ type: 'Asset', props: { assetKind: 'other' } });
    // Two indicators with one name stay two entities.
    expect(byKey[ind1.id]).toMatchObject({
      type: 'Identifier',
      label: 'Hop point',
      props: { identifierKind: 'ip address' },
    });
    expect(byKey[ind2.id]).toMatchObject({
      type: 'Identifier',
      label: 'Hop point',
      props: { identifierKind: 'other' },
    });
    expect(String(byKey[ind2.id]?.notes)).toContain(
      'observable: domain-name:value = a.com\nobservable: ipv4-addr:value = 1.2.3.4',
    );
    expect(byKey[set.id]).toMatchObject({ type: 'Organization' });
  });

  it('maps relationships by type and allowed endpoints, with the STIX type as label', async () => {
    const path = fixture(
      dir,
      'rels.json',
      bundle([
        actor,
        person,
        malware,
        ind1,
        set,
        rel(1, 'uses', actor, malware),
        rel(2, 'attributed-to', actor, person),
        rel(3, 'attributed-to', set, actor),
        rel(4, 'indicates', ind1, actor),
        rel(5, 'indicates', ind1, malware),
      ]),
    );
    const { entities, links } = await readAll(importer, path);
    expect(links.map((l) => [l.input.type, l.input.label, l.sourceKey, l.targetKey])).toEqual([
      ['USES', 'uses', actor.id, malware.id],
      ['ASSOCIATE_OF', 'attributed-to', actor.id, person.id],
      ['POSSIBLE_TASKING_BY', 'attributed-to', set.id, actor.id],
      // indicates: the actor uses the indicator (its infrastructure), so the link runs reversed.
      ['USES', 'indicates', actor.id, ind1.id],
      // No link type joins an Identifier to an Asset: kept as LINKED_TO, "indicates" its type in the file.
      ['LINKED_TO', 'indicates', ind1.id, malware.id],
    ]);
    // Nothing is left in notes for want of a link type.
    const indicator = entities.find((e) => e.key === ind1.id);
    expect(String(indicator?.input.notes)).not.toContain('indicates:');
  });

  it("reads a report's object_refs as containment: MENTIONED_IN, not relationships", async () => {
    const r1 = rel(1, 'uses', actor, malware);
    const rep = { ...report, object_refs: [actor.id, malware.id, r1.id] };
    const { entities, links } = await readAll(
      importer,
      fixture(dir, 'report.json', bundle([actor, malware, r1, rep])),
    );
    expect(entities.find((e) => e.key === rep.id)?.input).toMatchObject({
      type: 'Document',
      props: { documentKind: 'report', published: '2013-02-19' },
    });
    expect(
      links.filter((l) => l.input.type === 'MENTIONED_IN').map((l) => [l.sourceKey, l.targetKey]),
    ).toEqual([
      [actor.id, rep.id],
      [malware.id, rep.id],
    ]);
    expect(String(entities.find((e) => e.key === rep.id)?.input.notes)).toContain(
      `object_refs not linked: ${r1.id}`,
    );
  });

  it('refuses a bundle without objects, and rejects an object without id, naming the element', async () => {
    await expect(readAll(importer, fixture(dir, 'none.json', '{"type": "bundle"}'))).rejects.toThrow(
      /^none\.json: not a STIX bundle \(no objects list\)$/,
    );
    const bad = await readAll(
      importer,
      fixture(dir, 'noid.json', bundle([actor, { type: 'malware', name: 'x' }])),
    );
    expect(bad.rejects.map((r) => r.place)).toEqual([
      { file: 'noid.json', element: 'objects[1]', field: 'id' },
    ]);
    expect(bad.rejects[0]?.reason).toEqual({ code: 'fieldMissing', params: { field: 'id' } });
  });

  it('rejects a metadata object as neither an entity nor a link', async () => {
    const marking = { type: 'marking-definition', id: 'marking-definition--1' };
    const { rejects } = await readAll(importer, fixture(dir, 'marking.json', bundle([actor, marking])));
    expect(rejects.map((r) => [r.place.field, r.reason])).toEqual([['type', { code: 'notEntityOrLink' }]]);
  });

  it('names the line of broken JSON', async () => {
    await expect(
      readAll(importer, fixture(dir, 'broken.json', '{\n "type": "bundle",\n "objects": [,]\n}')),
    ).rejects.toThrow(/^broken\.json: line 3: not valid JSON/);
  });
});

/*
 * Counts checked by hand with python3: d = json.load(open(f)); Counter(o['type'] for o in
 * d['objects']); for relationships Counter((type of source_ref, relationship_type, type of
 * target_ref)); len(report['object_refs']) and how many of them are relationship-- ids.
 */
describe.skipIf(!publicPresent)('STIX public files', () => {
  it('stix_apt1.json: 46 objects, 26 relationship links, 45 contained in the report', async () => {
    const { entities, links, rejects } = await readAll(importer, join(PUBLIC_DIR, 'stix_apt1.json'));
    expect(rejects).toEqual([]);
    // threat-actor 5 + intrusion-set 1; identity (individual) 4; indicator 12; malware 6 + tool 10;
    // attack-pattern 7 + report 1.
    expect(countBy(entities, (e) => String(e.input.type))).toEqual({
      Organization: 6,
      Person: 4,
      Identifier: 12,
      Asset: 16,
      Document: 8,
    });
    // uses: actor->malware 4 USES, attack-pattern->tool/malware 12 LINKED_TO (no type fits);
    // attributed-to: actor->identity 4 ASSOCIATE_OF, set->actor 3 POSSIBLE_TASKING_BY;
    // indicates: ->actor 3 USES (reversed), ->malware 4 LINKED_TO; report: 75 refs - 30 relationships.
    expect(countBy(links, (l) => `${String(l.input.label ?? 'contained')}>${String(l.input.type)}`)).toEqual({
      'uses>USES': 4,
      'uses>LINKED_TO': 12,
      'attributed-to>ASSOCIATE_OF': 4,
      'attributed-to>POSSIBLE_TASKING_BY': 3,
      'indicates>USES': 3,
      'indicates>LINKED_TO': 4,
      'contained>MENTIONED_IN': 45,
    });
    // "HTRAN Hop Point Accessor" names 4 different indicators.
    expect(entities.filter((e) => e.input.label === 'HTRAN Hop Point Accessor')).toHaveLength(4);
    const store = await freshCase(dir, 'apt1');
    expect(await storeRecords(store, entities, links)).toEqual({ missingEnds: 0 });
    await store.close();
  });

  it('stix_poisonivy.json: 65 objects, 58 relationship links, 63 contained', async () => {
    const { entities, links, rejects } = await readAll(importer, join(PUBLIC_DIR, 'stix_poisonivy.json'));
    expect(rejects).toEqual([]);
    // malware 25; indicator 25; campaign 3; vulnerability 6 + attack-pattern 3 + course-of-action 1 + report 1; identity (organization) 1.
    expect(countBy(entities, (e) => String(e.input.type))).toEqual({
      Asset: 25,
      Identifier: 25,
      Incident: 3,
      Document: 11,
      Organization: 1,
    });
    // indicates campaign 23, campaign uses malware 22 -> INVOLVED_IN; targets 6 + 3, uses attack-pattern 3,
    // mitigates 1, indicates malware 32 -> LINKED_TO (no type fits); report: 153 refs - 90 relationships.
    expect(countBy(links, (l) => `${String(l.input.label ?? 'contained')}>${String(l.input.type)}`)).toEqual({
      'indicates>INVOLVED_IN': 23,
      'uses>INVOLVED_IN': 22,
      'targets>LINKED_TO': 9,
      'uses>LINKED_TO': 3,
      'mitigates>LINKED_TO': 1,
      'indicates>LINKED_TO': 32,
      'contained>MENTIONED_IN': 63,
    });
    const noted = entities.map((e) => String(e.input.notes).match(/^indicates: /gm)?.length ?? 0);
    expect(noted.reduce((a, b) => a + b, 0)).toBe(0);
    const store = await freshCase(dir, 'poisonivy');
    expect(await storeRecords(store, entities, links)).toEqual({ missingEnds: 0 });
    await store.close();
  });
});
