import type { ImportGrading, MatchRule, SourcePlace } from '../../../../graph-schema/contract/io';
import type { SchemaIndex } from '../../../../graph-schema/model/schema';
import {
  prepareEntity,
  type LinkDraft,
  type PreparedBatch,
  type PreparedEntity,
  type PreparedLink,
} from '../../../../graph-schema/model/validate';
import type { GraphStore } from '../../store/graph-store';
import type { ImportRecord } from '../types';
import { FileEntities } from './file-entities';
import { ImportEvidence } from './import-evidence';
import { prepareImportedLink } from './generic-fallback';
import { IdSequence } from './id-sequence';
import { matchCase, storedById } from './match-case';
import { isMatched, KeyRefs } from './key-refs';
import { BARE, firstRow, LaterRows, sameAsFirst } from './later-rows';
import { samePlace, unresolvedEnds, withGrading, withoutIds } from './plan-records';
import { OrderedRejects, Rejects, type FieldWords, type RejectedRecord } from './rejects';
import { fieldLabel } from '../../../../graph-schema/model/field-labels';

/** Entities or links per batch handed to the store: big enough to amortise, small enough to hold. */
export const BATCH_SIZE = 5_000;

export interface PlanOptions {
  schema: SchemaIndex;
  match: MatchRule;
  /** The grading of every item whose record does not grade it. */
  grading: ImportGrading;
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
  /** Checked when read, if both ends' types were known then; ids are filled in when written. */
  draft?: LinkDraft;
  /** The file's key for the link, when a citation may name it. */
  key?: string;
}

/** Link ends while a link is checked before its ends have ids. */
const SOURCE = 'source';
const TARGET = 'target';

/**
 * What an import has read, turned into batches as it goes. An entity is held (with its first
 * row) only until its batch is matched against the case and handed out; after that only its
 * key and a number (its id's sequence number and its type) remain. A link is checked when
 * read if its ends' types are known, and handed out with the batch that resolves its ends;
 * naming a key not seen yet, it waits for the end of the file. Later rows about an entity
 * already handed out are kept aside and become updates in the last batch. Every record handed
 * out has been checked once, here: a store may write it as it is (PreparedBatch).
 */
export class ImportPlan {
  readonly rejects = new Rejects();
  readonly linkRejects = new OrderedRejects();
  readonly created = { entities: 0, links: 0 };
  merged = 0;
  /** Sources new to the case and citations written; undefined when the file carried none. */
  evidenceCounts: { sources: number; citations: number } | undefined;
  /** What each key became: an entity created by this import or one of the case. */
  private readonly refs = new KeyRefs();
  /** Rows after an entity's first, and the first rows of created entities to merge them with. */
  private readonly later = new LaterRows();
  /** Ids this import creates: the store's reads see them while its transaction is open. */
  private readonly ids = new IdSequence();
  private readonly ours = (id: string) => this.ids.has(id);
  private pending: FileEntities;
  private pendingFirst = new Map<string, string>();
  private pendingLinks: PendingLink[] = [];
  private readonly waiting: PendingLink[] = [];
  private readonly rejectedKeys = new Map<string, SourcePlace>();
  /** Entities of this batch first described where a rejected link was: a rejected row's own. */
  private dropCandidates = new Set<string>();
  private linkSeq = 0;
  private lastPlace: SourcePlace | undefined;
  /** Made by the first source, citation or keyed link: files without evidence never pay for it. */
  private evidence: ImportEvidence | undefined;

  constructor(
    private readonly store: GraphStore,
    private readonly options: PlanOptions,
  ) {
    this.pending = new FileEntities(options.schema, options.grading);
  }

  /** A batch is due: enough entities or links are waiting to be handed out. */
  get full(): boolean {
    return (
      this.pendingFirst.size >= this.options.batchSize || this.pendingLinks.length >= this.options.batchSize
    );
  }

  /**
   * Whether a batch may end before this record: not inside one row of the file (a link row's
   * ends and link come as three records), so a row's link is checked before its ends are out.
   */
  mayFlushBefore(record: ImportRecord): boolean {
    return this.lastPlace === undefined || !samePlace(this.lastPlace, record.place);
  }

  read(record: ImportRecord): void {
    this.lastPlace = record.place;
    if (record.kind === 'reject') {
      this.rejects.add(record.place, record.message, record.reason ? [record.reason] : undefined);
    } else if (record.kind === 'link') {
      const { sourceKey, targetKey, place } = record;
      const input = withGrading(withoutIds(record.input), this.options.grading);
      const link: PendingLink = { seq: this.linkSeq++, sourceKey, targetKey, input, place };
      if (record.key !== undefined) {
        link.key = record.key;
        (this.evidence ??= new ImportEvidence()).linkRead(record.key);
      }
      this.readLink(link);
    } else if (record.kind === 'source' || record.kind === 'citation') {
      (this.evidence ??= new ImportEvidence()).read(record);
    } else if (record.key.trim() === '') {
      const field = record.place.field ?? 'key';
      this.rejects.add({ ...record.place, field }, 'key: must not be empty', [{ code: 'keyEmpty', field }]);
    } else {
      this.readEntity(record.key, withoutIds(record.input), record.place);
    }
  }

  /** Matches the waiting entities against the case and resolves the links that name them. */
  async flush(): Promise<PreparedBatch> {
    this.dropRejectedRows();
    const fileEntities = [...this.pending.values()];
    const matched = await matchCase(
      this.store,
      fileEntities,
      this.options.match,
      this.options.checkpoint,
      this.ours,
    );
    const entities: PreparedEntity[] = [];
    for (const entity of fileEntities) {
      const stored = matched.get(entity.key);
      if (stored) {
        this.refs.matched(entity.key, stored.id, stored.type);
        this.merged += 1;
        continue;
      }
      const id = this.ids.idOf(this.ids.next());
      this.refs.created(entity.key, id, entity.type);
      this.later.keepFirst(entity.key, this.pendingFirst.get(entity.key) ?? BARE);
      entities.push(this.pending.draftOf(entity, id));
    }
    this.pending = new FileEntities(this.options.schema, this.options.grading);
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
  async *finish(): AsyncGenerator<PreparedBatch> {
    const last = await this.flush();
    const outside = this.waiting.flatMap((l) => [l.sourceKey, l.targetKey]).filter((k) => !this.refs.has(k));
    for (const [id, entity] of await storedById(this.store, outside, this.ours))
      this.refs.matched(id, id, entity.type);
    this.options.checkpoint();
    const late = this.resolve(this.waiting);
    this.waiting.length = 0;
    const evidence = await this.resolveEvidence();
    const entities = [...last.entities];
    const updates = this.later.merges(entities, this.refs, this.options.schema, this.options.grading);
    const size = this.options.batchSize;
    const first: PreparedBatch = {
      entities,
      links: [...last.links, ...late.splice(0, Math.max(0, size - last.links.length))],
      ...(updates.length > 0 ? { updates } : {}),
    };
    // The evidence goes with the last batch: every item it cites is written by then.
    if (late.length === 0 && evidence) first.evidence = evidence;
    if (first.entities.length + first.links.length + updates.length > 0 || first.evidence) yield first;
    while (late.length > 0) {
      const links = late.splice(0, size);
      yield late.length === 0 && evidence ? { entities: [], links, evidence } : { entities: [], links };
    }
  }

  /** The file's sources and citations with ids, once every item they name has its id. */
  private async resolveEvidence(): Promise<PreparedBatch['evidence']> {
    if (!this.evidence) return undefined;
    const entityId = (key: string) => {
      const ref = this.refs.get(key);
      return ref === undefined ? undefined : this.refs.idOf(ref);
    };
    const { evidence, dropped } = await this.evidence.resolve(this.store, entityId, (key) =>
      this.rejectedKeys.has(key),
    );
    this.options.checkpoint();
    for (const { place, message } of dropped) this.rejects.add(place, message);
    this.evidenceCounts = { sources: evidence.sources.length, citations: evidence.citations.length };
    return evidence.sources.length + evidence.citations.length > 0 ? evidence : undefined;
  }

  /**
   * A record of this type, for a reject: its field paths in English words (its property
   * labels, the common fields') and its kind and type, for the UI's words.
   */
  private about(kind: 'entity' | 'link', type: unknown): [FieldWords, RejectedRecord | undefined] {
    const name = typeof type === 'string' ? type : undefined;
    const words: FieldWords = (field) => fieldLabel(this.options.schema, kind, name, field);
    return [words, name === undefined ? undefined : { kind, type: name }];
  }

  /** The type an entity key has now (pending, created or matched), if known. */
  private typeOfKey(key: string): string | undefined {
    const pending = this.pending.get(key);
    if (pending) return pending.type;
    const ref = this.refs.get(key);
    return ref === undefined ? undefined : this.refs.typeOf(ref);
  }

  private readLink(link: PendingLink): void {
    const sourceType = this.typeOfKey(link.sourceKey);
    const targetType = this.typeOfKey(link.targetKey);
    if (sourceType === undefined || targetType === undefined) {
      this.waiting.push(link);
      return;
    }
    const typeOf = (id: string) => (id === SOURCE ? sourceType : id === TARGET ? targetType : undefined);
    try {
      link.draft = prepareImportedLink(
        this.options.schema,
        { ...link.input, source: SOURCE, target: TARGET },
        typeOf,
      );
    } catch (error) {
      this.linkRejects.addError(link.seq, link.place, error, ...this.about('link', link.input.type));
      for (const key of [link.sourceKey, link.targetKey]) {
        const entity = this.pending.get(key);
        if (entity && samePlace(entity.place, link.place)) this.dropCandidates.add(key);
      }
      return;
    }
    this.pendingLinks.push(link);
  }

  /**
   * A rejected link row creates nothing of its own: an entity first described on the row of a
   * rejected link is dropped unless another link still names it (a later row naming it again
   * brings it back, described there).
   */
  private dropRejectedRows(): void {
    if (this.dropCandidates.size === 0) return;
    const named = new Set<string>();
    for (const link of [...this.pendingLinks, ...this.waiting]) named.add(link.sourceKey).add(link.targetKey);
    for (const key of this.dropCandidates) {
      if (named.has(key)) continue;
      this.pending.delete(key);
      this.pendingFirst.delete(key);
      this.later.delete(key);
    }
    this.dropCandidates = new Set();
  }

  private readEntity(key: string, input: Record<string, unknown>, place: SourcePlace): void {
    const pending = this.pending.get(key);
    const ref = pending ? undefined : this.refs.get(key);
    if (pending || ref !== undefined) {
      // An entity matched in the case stays as the case has it; the file's facts only merge into new ones.
      const matchedInCase = isMatched(ref);
      if (!matchedInCase) {
        const first = pending ? (this.pendingFirst.get(key) ?? BARE) : this.later.firstOf(key);
        const type = pending ? pending.type : this.refs.typeOf(ref ?? 0);
        if (sameAsFirst(first, input, key, type)) return;
      }
      try {
        prepareEntity(this.options.schema, input);
      } catch (error) {
        this.rejects.addError(place, error, ...this.about('entity', input.type));
        return;
      }
      if (matchedInCase) return;
      this.later.add(key, input, place);
      return;
    }
    try {
      const draft = prepareEntity(this.options.schema, input);
      this.pending.add(key, input, draft, place);
      this.pendingFirst.set(key, firstRow(input, key, draft.type));
    } catch (error) {
      this.rejects.addError(place, error, ...this.about('entity', input.type));
      if (!this.rejectedKeys.has(key)) this.rejectedKeys.set(key, place);
    }
  }

  /**
   * Links whose ends are resolved get their ids; the others are rejected, naming the key. A
   * link checked when read is checked again only when an end turned out to be the case's
   * entity (whose type may differ from the file's), or when it was not checked yet.
   */
  private resolve(links: readonly PendingLink[]): PreparedLink[] {
    const out: PreparedLink[] = [];
    for (const link of links) {
      const source = this.refs.get(link.sourceKey);
      const target = this.refs.get(link.targetKey);
      if (source === undefined || target === undefined) {
        const missing = [
          ...(source === undefined ? [{ end: 'source', key: link.sourceKey }] : []),
          ...(target === undefined ? [{ end: 'target', key: link.targetKey }] : []),
        ];
        const { place, message, reasons } = unresolvedEnds(link.place, missing, this.rejectedKeys);
        this.linkRejects.add(link.seq, place, message, reasons);
        continue;
      }
      const sourceId = this.refs.idOf(source);
      const targetId = this.refs.idOf(target);
      let draft = link.draft;
      if (!draft || isMatched(source) || isMatched(target)) {
        const sourceType = this.refs.typeOf(source);
        const targetType = this.refs.typeOf(target);
        const typeOf = (id: string) =>
          id === sourceId ? sourceType : id === targetId ? targetType : undefined;
        try {
          draft = prepareImportedLink(
            this.options.schema,
            { ...link.input, source: sourceId, target: targetId },
            typeOf,
          );
        } catch (error) {
          this.linkRejects.addError(link.seq, link.place, error, ...this.about('link', link.input.type));
          continue;
        }
      } else {
        draft.source = sourceId;
        draft.target = targetId;
      }
      draft.id = this.ids.idOf(this.ids.next());
      if (link.key !== undefined) this.evidence?.linkWritten(link.key, draft.id);
      out.push(draft as PreparedLink);
    }
    this.created.links += out.length;
    return out;
  }
}
