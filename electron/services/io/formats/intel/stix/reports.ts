import type { SchemaIndex } from '../../../../../../graph-schema/model/schema';
import type { ImportRecord } from '../../../types';
import { chooseLink } from '../shared/choose-link';

/**
 * A report's (or grouping's, note's) object_refs say what it contains, not how the objects
 * relate: each contained object is MENTIONED_IN the report. Contained relationships and
 * sightings cannot be link ends, so they are listed in the report's notes instead.
 */
export function containmentRecords(
  container: Record<string, unknown>,
  file: string,
  types: SchemaIndex,
  typeOf: (key: string) => string | undefined,
): { records: ImportRecord[]; lines: string[] } {
  const refs = (container.object_refs as unknown[]).filter((r): r is string => typeof r === 'string');
  const id = String(container.id);
  const records: ImportRecord[] = [];
  const unlinked: string[] = [];
  for (const ref of refs) {
    const isRelation = /^(relationship|sighting)--/.test(ref);
    const chosen = isRelation
      ? undefined
      : chooseLink(types, [{ type: 'MENTIONED_IN' }], typeOf(ref), typeOf(id));
    if (!chosen) {
      unlinked.push(ref);
      continue;
    }
    records.push({
      kind: 'link',
      sourceKey: ref,
      targetKey: id,
      input: { type: 'MENTIONED_IN', notes: `STIX: in object_refs of ${id}` },
      place: { file, element: id, field: 'object_refs' },
    });
  }
  const lines = unlinked.length > 0 ? [`object_refs not linked: ${unlinked.join(', ')}`] : [];
  return { records, lines };
}
