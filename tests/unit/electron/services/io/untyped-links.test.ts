import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../../../../electron/services/io/registry';
import { loadSchema } from '../../../../../electron/services/schema/load-types';
import type { GraphStore } from '../../../../../electron/services/store/graph-store';
import { createCaseFile } from '../../../../../electron/services/store/sqlite/index';
import type { Entity, Link } from '../../../../../graph-schema/model/records';
import { SchemaIndex } from '../../../../../graph-schema/model/schema';

/**
 * Issue 9: an i2 chart whose links say nothing about their type, between people and places,
 * lost several of them (the guessed ASSOCIATE_OF cannot join a Person to a Location). What
 * matters is what the case holds afterwards, so these tests open the case and read it.
 */

const schema = new SchemaIndex(loadSchema([]));

const entity = (id: string, i2Type: string) =>
  `<ChartItem Label="${id}"><End X="0" Y="0"><Entity EntityId="${id}" Identity="${id}"><Icon><IconStyle Type="${i2Type}"/></Icon></Entity></End></ChartItem>`;
const link = (a: string, b: string, type?: string) =>
  `<ChartItem Label=""><Link End1Id="${a}" End2Id="${b}"><LinkStyle${type ? ` Type="${type}"` : ''} ArrowStyle="ArrowNone"/></Link></ChartItem>`;

const CHART = `<?xml version="1.0" encoding="UTF-8"?>
<Chart><ChartItemCollection>
${entity('Ann Lee', 'Person')}
${entity('Bo Chen', 'Woman')}
${entity('Harbour Rd', 'Address')}
${entity('Port Cassel', 'Place')}
${entity('Blue Star', 'Ship')}
${link('Ann Lee', 'Harbour Rd')}
${link('Bo Chen', 'Port Cassel', 'Link')}
${link('Harbour Rd', 'Port Cassel')}
${link('Blue Star', 'Port Cassel', 'moored at')}
${link('Ann Lee', 'Bo Chen')}
</ChartItemCollection></Chart>`;

let dir: string;
let store: GraphStore;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-untyped-'));
  store = await createCaseFile(join(dir, 'case.plexus'), { actor: 'test', schema });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function caseLinks(): Promise<Link[]> {
  const out: Link[] = [];
  for await (const batch of store.scanLinks(100)) out.push(...batch);
  return out;
}

async function caseEntities(): Promise<Entity[]> {
  const out: Entity[] = [];
  for await (const batch of store.scanEntities(100)) out.push(...batch);
  return out;
}

describe('an i2 chart with untyped links between people and places', () => {
  it('keeps every link in the case, each as LINKED_TO with the file’s word kept', async () => {
    const path = join(dir, 'chart.anx');
    writeFileSync(path, CHART);
    const report = await importFile(store, { path, match: 'never', dryRun: false }, { schema });
    expect(report.rejected).toEqual([]);

    const entities = await caseEntities();
    expect(entities).toHaveLength(5);
    const labelOf = new Map(entities.map((e) => [e.id, e.label]));
    const links = (await caseLinks()).map((l) => ({
      ends: [labelOf.get(l.source), labelOf.get(l.target)].join(' - '),
      type: l.type,
      sourceType: l.props.sourceType,
    }));
    expect(links.sort((a, b) => a.ends.localeCompare(b.ends))).toEqual([
      { ends: 'Ann Lee - Bo Chen', type: 'LINKED_TO', sourceType: undefined },
      { ends: 'Ann Lee - Harbour Rd', type: 'LINKED_TO', sourceType: undefined },
      { ends: 'Blue Star - Port Cassel', type: 'LINKED_TO', sourceType: 'moored at' },
      { ends: 'Bo Chen - Port Cassel', type: 'LINKED_TO', sourceType: 'Link' },
      { ends: 'Harbour Rd - Port Cassel', type: 'LINKED_TO', sourceType: undefined },
    ]);
  });

  it('gives every item the grading chosen for the import, not a silent default', async () => {
    const path = join(dir, 'chart.anx');
    writeFileSync(path, CHART);
    const grading = {
      confidence: 'possible',
      reliability: 'B',
      credibility: '3',
      classification: 'RESTRICTED',
    } as const;
    await importFile(store, { path, match: 'never', dryRun: false, grading }, { schema });
    const items = [...(await caseEntities()), ...(await caseLinks())];
    expect(items).toHaveLength(10);
    for (const item of items) {
      expect([item.confidence, item.reliability, item.credibility, item.classification]).toEqual([
        'possible',
        'B',
        '3',
        'RESTRICTED',
      ]);
    }
  });
});
