import { randomUUID } from 'node:crypto';
import type { MatchRule, SourcePlace } from '../../../../graph-schema/contract/io';
import type { SchemaIndex } from '../../../../graph-schema/model/schema';
import { prepareEntity, prepareLink } from '../../../../graph-schema/model/validate';
import type { GraphStore, ItemsBatch } from '../../store/graph-store';
import type { ImportRecord } from '../types';
import { FileEntities } from './file-entities';
import { matchCase, storedById } from './match-case';
import { OrderedRejects, Rejects, where } from './rejects';

/** Entities or links per batch handed to the store: big enough to amortise, small enough to hold. */
export const BATCH_SIZE = 5_000;

export interface PlanOptions {
  schema: SchemaIndex;
  match: MatchRule;
  batchSize: number;
  /** Throws when the import is cancelled; run between look-ups. */
  checkpoint: () => void;
}

interface PendingLink {
  /** Its order among the file's links: rejects are listed in file order. */
  seq: number;
  sourceKey: string;
  targetKey: string;
  input: Record<string, unknown>;
  place: SourcePlace;
}

interface Ref {
  id: string;
  type: string;
}

/**
 * An entity this import creates. `first` is its first row's input as JSON: a later row that
 * says the same adds nothing and is dropped at once; one that differs is merged at the end
 * from it, so the record itself need not be kept.
 */
interface Created extends Ref {
  first: string;
}

interface Extra {
  input: Record<string, unknown>;
  place: SourcePlace;
}

/** Fields the engine sets itself: a file's own ids and ends are keys, not Plexus ids. */
function withoutIds(input: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, source: _source, target: _target, ...rest } = input;
  return rest;
}

function unknownEnd(end: string, key: string, rejectedAt: SourcePlace | undefined): string {
  if (rejectedAt) {
    const at = where(rejectedAt);
    return `${end}: the entity "${key}" was rejected${at ? ` (${at})` : ''}`;
  }
  return `${end}: no entity with key "${key}" in the file or the case`;
}

/**
 * What an import has read, turned into batches as it goes. An entity is held (with its first
 * row) only until its batch is matched against the case and handed out; after that only its
 * key -> id and type remain. A link is handed out with the batch that resolves its ends, or,
 * naming a key not seen yet, waits for the end of the file. Later rows about an entity
 * already handed out are kept aside and become updates in the last batch.
 */
export class ImportPlan {
  readonly rejects = new Rejects();
  readonly linkRejects = new OrderedRejects();
  readonly created = { entities: 0, links: 0 };
  merged = 0;
  private readonly refs = new Map<string, Ref | Created>();
  /** Ids this import created: the store's reads see them while its transaction is open. */
  private readonly ours = new Set<string>();
  private pending: FileEntities;
  private pendingFirst = new Map<string, string>();
  private pendingLinks: PendingLink[] = [];
  private readonly waiting: PendingLink[] = [];
  private readonly extras = new Map<string, Extra[]>();
  private readonly rejectedKeys = new Map<string, SourcePlace>();
  private linkSeq = 0;

  constructor(
    private readonly store: GraphStore,
    private readonly options: PlanOptions,
  ) {
    this.pending = new FileEntities(options.schema);
  }

  /** A batch is due: enough entities or links are waiting to be handed out. */
  get full(): boolean {
    return (
      this.pendingFirst.size >= this.options.batchSize || this.pendingLinks.length >= this.options.batchSize
    );
  }

  read(record: ImportRecord): void {
    if (record.kind === 'reject') {
      this.rejects.add(record.place, record.message);
    } else if (record.kind === 'link') {
      const { sourceKey, targetKey, place } = record;
      const link = { seq: this.linkSeq++, sourceKey, targetKey, input: withoutIds(record.input), place };
      (this.known(sourceKey) && this.known(targetKey) ? this.pendingLinks : this.waiting).push(link);
    } else if (record.key.trim() === '') {
      this.rejects.add({ ...record.place, field: record.place.field ?? 'key' }, 'key: must not be empty');
    } else {
      this.readEntity(record.key, withoutIds(record.input), record.place);
    }
  }

  /** Matches the waiting entities against the case and resolves the links that name them. */
  async flush(): Promise<{ entities: Record<string, unknown>[]; links: Record<string, unknown>[] }> {
    const fileEntities = [...this.pending.values()];
    const matched = await matchCase(
      this.store,
      fileEntities,
      this.options.match,
      this.options.checkpoint,
      (id) => this.ours.has(id),
    );
    const entities: Record<string, unknown>[] = [];
    for (const entity of fileEntities) {
      const stored = matched.get(entity.key);
      if (stored) {
        this.refs.set(entity.key, { id: stored.id, type: stored.type });
        this.merged += 1;
        continue;
      }
      const id = randomUUID();
      this.ours.add(id);
      this.refs.set(entity.key, { id, type: entity.type, first: this.pendingFirst.get(entity.key) ?? '{}' });
      entities.push(this.pending.inputOf(entity, id));
    }
    this.pending = new FileEntities(this.options.schema);
    this.pendingFirst = new Map();
    const links = this.resolve(this.pendingLinks);
    this.pendingLinks = [];
    this.created.entities += entities.length;
    return { entities, links };
  }

  /**
   * The file is read: the last entities, the links that waited for a key (now known, in the
   * case by id, or rejected naming it), and the later rows' facts about entities written.
   */
  async *finish(): AsyncGenerator<ItemsBatch> {
    const last = await this.flush();
    const outside = this.waiting.flatMap((l) => [l.sourceKey, l.targetKey]).filter((k) => !this.refs.has(k));
    for (const [id, entity] of await storedById(this.store, outside, (i) => this.ours.has(i)))
      this.refs.set(id, { id, type: entity.type });
    this.options.checkpoint();
    const late = this.resolve(this.waiting);
    this.waiting.length = 0;
    const entities = [...last.entities];
    const updates = this.merges(entities);
    const size = this.options.batchSize;
    const first: ItemsBatch = {
      entities,
      links: [...last.links, ...late.splice(0, Math.max(0, size - last.links.length))],
      ...(updates.length > 0 ? { updates } : {}),
    };
    if (first.entities.length + first.links.length + updates.length > 0) yield first;
    while (late.length > 0) yield { entities: [], links: late.splice(0, size) };
  }

  private known(key: string): boolean {
    return this.refs.has(key) || this.pendingFirst.has(key);
  }

  private readEntity(key: string, input: Record<string, unknown>, place: SourcePlace): void {
    const json = JSON.stringify(input);
    if (this.known(key)) {
      const ref = this.refs.get(key);
      const first = this.pendingFirst.get(key) ?? (ref && 'first' in ref ? ref.first : undefined);
      if (json === first) return;
      try {
        prepareEntity(this.options.schema, input);
      } catch (error) {
        this.rejects.addError(place, error);
        return;
      }
      // An entity matched in the case stays as the case has it; the file's facts only merge into new ones.
      if (ref && !('first' in ref)) return;
      const rows = this.extras.get(key);
      if (rows) rows.push({ input, place });
      else this.extras.set(key, [{ input, place }]);
      return;
    }
    try {
      this.pending.add(key, input, prepareEntity(this.options.schema, input), place);
      this.pendingFirst.set(key, json);
    } catch (error) {
      this.rejects.addError(place, error);
      if (!this.rejectedKeys.has(key)) this.rejectedKeys.set(key, place);
    }
  }

  /** Links whose ends are resolved become inputs with ids; the others are rejected, naming the key. */
  private resolve(links: readonly PendingLink[]): Record<string, unknown>[] {
    const out: Record<string, unknown>[] = [];
    for (const link of links) {
      const source = this.refs.get(link.sourceKey);
      const target = this.refs.get(link.targetKey);
      if (!source || !target) {
        const missing = [
          ...(source ? [] : [{ end: 'source', key: link.sourceKey }]),
          ...(target ? [] : [{ end: 'target', key: link.targetKey }]),
        ];
        const field = link.place.field ?? missing[0]?.end;
        const message = missing
          .map(({ end, key }) => unknownEnd(end, key, this.rejectedKeys.get(key)))
          .join('; ');
        this.linkRejects.add(link.seq, { ...link.place, ...(field ? { field } : {}) }, message);
        continue;
      }
      const input = { ...link.input, source: source.id, target: target.id };
      const typeOf = (id: string) =>
        id === source.id ? source.type : id === target.id ? target.type : undefined;
      try {
        prepareLink(this.options.schema, input, typeOf);
        out.push({ ...input, id: randomUUID() });
      } catch (error) {
        this.linkRejects.addError(link.seq, link.place, error);
      }
    }
    this.created.links += out.length;
    return out;
  }

  /**
   * Later rows about a created entity, merged with its first row as FileEntities always has
   * (both facts kept): replaced in place when the entity is in the last batch, else an update.
   */
  private merges(last: Record<string, unknown>[]): { id: string; patch: unknown }[] {
    const inLast = new Map(last.map((e, i) => [e.id, i]));
    const updates: { id: string; patch: unknown }[] = [];
    for (const [key, rows] of this.extras) {
      const ref = this.refs.get(key);
      if (!ref || !('first' in ref) || rows.length === 0) continue;
      const schema = this.options.schema;
      const entities = new FileEntities(schema);
      const firstInput = JSON.parse(ref.first) as Record<string, unknown>;
      entities.add(key, firstInput, prepareEntity(schema, firstInput), rows[0]?.place ?? { file: '' });
      const entity = entities.get(key);
      if (!entity) continue;
      const alone = JSON.stringify(entities.inputOf(entity, ref.id));
      for (const row of rows) entities.add(key, row.input, prepareEntity(schema, row.input), row.place);
      const merged = entities.inputOf(entity, ref.id);
      if (JSON.stringify(merged) === alone) continue;
      const at = inLast.get(ref.id);
      if (at !== undefined) last[at] = merged;
      else {
        const { id: _id, type: _type, ...patch } = merged;
        updates.push({ id: ref.id, patch });
      }
    }
    this.extras.clear();
    return updates;
  }
}
