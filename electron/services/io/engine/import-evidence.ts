import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { SourcePlace } from '../../../../graph-schema/contract/io';
import { validationError, type ErrorPlace } from '../../../../graph-schema/model/errors';
import {
  Citation,
  Source,
  type ItemKind,
  type PreparedEvidence,
} from '../../../../graph-schema/model/sources';
import type { GraphStore } from '../../store/graph-store';
import type { ImportRecord, ImportSource } from '../types';

type SourceRecord = Extract<ImportRecord, { kind: 'source' }>;
type CitationRecord = Extract<ImportRecord, { kind: 'citation' }>;

const AUDIT = { createdAt: true, createdBy: true, updatedAt: true, updatedBy: true } as const;
/** A new source as the store will take it (whether the case keeps its bytes is the store's to say). */
const SourceDraft = Source.pick({ id: true, title: true, origin: true, informationDate: true }).extend({
  file: Source.shape.file.unwrap().omit({ stored: true }).nullable(),
});
const CitationDraft = Citation.omit(AUDIT);

/** Where a bad citation is, as an error place: the file, its line or object, and the field. */
function errorAt(place: SourcePlace, part: string, text: string): ErrorPlace {
  const field = place.field ? `${place.field}.${part}` : part;
  const where = place.line !== undefined ? `line ${place.line}` : (place.element ?? '');
  const message = `${basename(place.file)}: ${where ? `${where}: ` : ''}${field}: ${text}`;
  return { file: place.file, ...(place.line !== undefined ? { line: place.line } : {}), field, message };
}

/** The same source in other words: reused rather than written twice. */
const sameSource = (s: Pick<ImportSource, 'title' | 'origin' | 'informationDate'>): string =>
  JSON.stringify([s.title, s.origin, s.informationDate]);

/**
 * The sources and citations an import read, held aside until the records are matched: an item
 * key becomes the id of the entity or link written (or matched in the case), a source key the
 * id of a source new to the case or of the case's own (same id, or same title, origin and date).
 * Created only when a file carries evidence, so an import without any pays nothing for it.
 */
export class ImportEvidence {
  private readonly sources = new Map<string, SourceRecord>();
  private readonly citations: CitationRecord[] = [];
  /** Ids of the links written for each link key that a citation may name. */
  private readonly linkIds = new Map<string, string[]>();
  /** Link keys read, written or not: a citation of a refused link is left out, not an error. */
  private readonly linkKeys = new Set<string>();

  read(record: SourceRecord | CitationRecord): void {
    if (record.kind === 'source') {
      if (!this.sources.has(record.key)) this.sources.set(record.key, record);
    } else this.citations.push(record);
  }

  linkRead(key: string): void {
    this.linkKeys.add(key);
  }

  linkWritten(key: string, id: string): void {
    const ids = this.linkIds.get(key);
    if (ids) ids.push(id);
    else this.linkIds.set(key, [id]);
  }

  /**
   * Ids for every source and citation, checked as the store will check them. Any bad one fails
   * the import (before anything is committed), each named by file, line or object, and field.
   * `entityId`: the id a key became, or undefined; `rejected`: whether the key's record was refused.
   */
  async resolve(
    store: GraphStore,
    entityId: (key: string) => string | undefined,
    rejected: (key: string) => boolean,
  ): Promise<{ evidence: PreparedEvidence; dropped: { place: SourcePlace; message: string }[] }> {
    const inCase = await store.sources.list();
    const ids = new Set(inCase.map((s) => s.id));
    const bySame = new Map(inCase.map((s) => [sameSource(s), s.id]));
    const problems: ErrorPlace[] = [];
    const fresh: PreparedEvidence['sources'] = [];
    const sourceIds = new Map<string, string>();
    for (const [key, { input, place }] of this.sources) {
      const reuse =
        (input.id !== undefined && ids.has(input.id) ? input.id : undefined) ?? bySame.get(sameSource(input));
      if (reuse !== undefined) {
        sourceIds.set(key, reuse);
        continue;
      }
      const draft = { ...input, id: input.id ?? randomUUID() };
      const checked = SourceDraft.safeParse(draft);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        problems.push(errorAt(place, `source.${issue?.path.join('.') ?? ''}`, issue?.message ?? 'invalid'));
        continue;
      }
      const file = draft.file ? { ...draft.file, stored: false } : null;
      fresh.push({ ...draft, file });
      ids.add(draft.id);
      bySame.set(sameSource(draft), draft.id);
      sourceIds.set(key, draft.id);
    }

    const dropped: { place: SourcePlace; message: string }[] = [];
    const citations: PreparedEvidence['citations'] = [];
    const entityKeys = this.citations.filter((c) => c.itemKind === 'entity').map((c) => c.itemKey);
    const outside = entityKeys.filter((k) => entityId(k) === undefined && !rejected(k));
    const stored = new Set((await store.getEntities(outside)).map((e) => e.id));
    for (const { itemKind, itemKey, sourceKey, input, place } of this.citations) {
      const sourceId = sourceIds.get(sourceKey);
      if (sourceId === undefined) {
        if (!this.sources.has(sourceKey))
          problems.push(errorAt(place, 'source', `names source ${sourceKey}, which the file does not hold`));
        continue;
      }
      const ids = this.itemIds(itemKind, itemKey, entityId, stored);
      if (ids.length === 0) {
        if (itemKind === 'link' ? this.linkKeys.has(itemKey) : rejected(itemKey)) {
          dropped.push({
            place,
            message: `citation of ${itemKind} ${itemKey} left out: the ${itemKind} was not imported`,
          });
        } else
          problems.push(
            errorAt(
              place,
              'item',
              `cites ${itemKind} ${itemKey}, which is neither in the file nor in the case`,
            ),
          );
        continue;
      }
      for (const itemId of ids) {
        const draft = { id: randomUUID(), sourceId, itemKind, itemId, ...input };
        const checked = CitationDraft.safeParse(draft);
        if (!checked.success) {
          const issue = checked.error.issues[0];
          problems.push(
            errorAt(place, `citation.${issue?.path.join('.') ?? ''}`, issue?.message ?? 'invalid'),
          );
          break;
        }
        citations.push(checked.data);
      }
    }
    if (problems.length > 0) throw validationError(problems);
    return { evidence: { sources: fresh, citations: await this.notInCase(store, citations) }, dropped };
  }

  private itemIds(
    itemKind: ItemKind,
    key: string,
    entityId: (key: string) => string | undefined,
    stored: ReadonlySet<string>,
  ): string[] {
    if (itemKind === 'link') return this.linkIds.get(key) ?? [];
    const id = entityId(key) ?? (stored.has(key) ? key : undefined);
    return id === undefined ? [] : [id];
  }

  /** A citation the case holds already (a file imported again onto its own entities) is not written twice. */
  private async notInCase(
    store: GraphStore,
    citations: PreparedEvidence['citations'],
  ): Promise<PreparedEvidence['citations']> {
    const items = new Map(
      citations.map((c) => [`${c.itemKind}:${c.itemId}`, { itemKind: c.itemKind, itemId: c.itemId }]),
    );
    const same = (c: Omit<PreparedEvidence['citations'][number], 'id'> & { id?: string }) => {
      const { id: _id, ...rest } = c;
      return JSON.stringify([
        rest.sourceId,
        rest.itemKind,
        rest.itemId,
        rest.field,
        rest.reliability,
        rest.credibility,
        rest.note,
      ]);
    };
    const held = new Set((await store.sources.citationsOf([...items.values()])).map(same));
    return citations.filter((c) => {
      const key = same(c);
      if (held.has(key)) return false;
      held.add(key);
      return true;
    });
  }
}
