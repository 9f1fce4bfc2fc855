import { formatGrade } from '../../../../../../graph-schema/model/grade-order';
import type { Citation, Evidence, Source } from '../../../../../../graph-schema/model/sources';
import type { GraphStore } from '../../../../store/graph-store';

type StixObject = Record<string, unknown>;

/**
 * Citations as STIX 2.1 external references: the place the standard gives an object for "where
 * this came from" (source_name, description, external_id, hashes). The grade and the note go in
 * the description, the field cited too; the source's file goes in as its SHA-256.
 */
export class StixEvidence {
  private constructor(
    private readonly byItem: ReadonlyMap<string, readonly Citation[]>,
    private readonly sources: ReadonlyMap<string, Source>,
  ) {}

  static async of(store: GraphStore): Promise<StixEvidence> {
    const evidence: Evidence = await store.sources.evidence();
    const byItem = new Map<string, Citation[]>();
    for (const c of evidence.citations) {
      const key = `${c.itemKind}:${c.itemId}`;
      byItem.set(key, [...(byItem.get(key) ?? []), c]);
    }
    return new StixEvidence(byItem, new Map(evidence.sources.map((s) => [s.id, s])));
  }

  /** The object with one external reference per citation of its item (none: unchanged). */
  add(object: StixObject, itemKind: Citation['itemKind'], itemId: string): StixObject {
    const citations = this.byItem.get(`${itemKind}:${itemId}`);
    if (!citations?.length) return object;
    const refs = citations.map((c) => this.reference(c));
    return { ...object, external_references: refs };
  }

  private reference(c: Citation): Record<string, unknown> {
    const source = this.sources.get(c.sourceId);
    const parts = [
      `Admiralty ${formatGrade(c)}`,
      ...(c.field ? [`field ${c.field}`] : []),
      ...(source?.origin ? [`origin ${source.origin}`] : []),
      ...(source?.informationDate ? [`information of ${source.informationDate}`] : []),
      // Name and size with the hash, so an import gives the source its file back (citations.ts).
      ...(source?.file ? [`file ${source.file.name} (${source.file.size} bytes)`] : []),
      ...(c.note ? [c.note] : []),
    ];
    return {
      source_name: source?.title ?? c.sourceId,
      description: parts.join('; '),
      external_id: c.sourceId,
      ...(source?.file ? { hashes: { 'SHA-256': source.file.sha256 } } : {}),
    };
  }
}
