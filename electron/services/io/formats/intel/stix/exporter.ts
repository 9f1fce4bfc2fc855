import type { Exporter } from '../../../types';
import type { GraphStore } from '../../../../store/graph-store';
import { writeAtomically } from '../../../atomic-write';
import { StixEvidence } from './evidence';
import { entityObject, relationshipObject, stixType } from './export-objects';
import { stixId, uuid5 } from './uuid5';

const BATCH = 5_000;

/**
 * A STIX 2.1 bundle of the whole case, streamed object by object. Links are read first
 * (keeping only entity ids' STIX ids and report contents), so MENTIONED_IN links to a report
 * become its object_refs rather than relationships, as the importer reads them. Citations go
 * out as each object's external_references (evidence.ts).
 */
export const stixExporter: Exporter = {
  format: 'stix',
  async write(store: GraphStore, path: string) {
    const ids = new Map<string, string>();
    const reports = new Set<string>();
    for await (const batch of store.scanEntities(BATCH)) {
      for (const e of batch) {
        const type = stixType(e);
        ids.set(e.id, stixId(type, e.id));
        if (type === 'report') reports.add(e.id);
      }
    }
    const contents = new Map<string, string[]>();
    const evidence = await StixEvidence.of(store);
    const counts = { entities: 0, links: 0 };
    await writeAtomically(path, async (write) => {
      const head = { type: 'bundle', id: `bundle--${uuid5(`${store.location}#bundle`)}` };
      await write(`${JSON.stringify(head).slice(0, -1)},"objects":[`);
      let written = 0;
      const next = async (o: unknown) => write(`${written++ === 0 ? '' : ','}\n${JSON.stringify(o)}`);
      for await (const batch of store.scanLinks(BATCH)) {
        for (const link of batch) {
          const [source, target] = [ids.get(link.source), ids.get(link.target)];
          if (source === undefined || target === undefined) continue;
          if (link.type === 'MENTIONED_IN' && reports.has(link.target)) {
            contents.set(link.target, [...(contents.get(link.target) ?? []), source]);
          } else {
            await next(evidence.add(relationshipObject(link, source, target), 'link', link.id));
          }
          counts.links++;
        }
      }
      for await (const batch of store.scanEntities(BATCH)) {
        for (const entity of batch) {
          await next(evidence.add(entityObject(entity, contents.get(entity.id) ?? []), 'entity', entity.id));
          counts.entities++;
        }
      }
      await write('\n]}\n');
    });
    return { files: [path], ...counts };
  },
};
