import type { Items } from '../../../../graph-schema/model/queries';
import { PlexusError } from '../../../../graph-schema/model/errors';
import { type Entity, Link } from '../../../../graph-schema/model/records';
import type { SchemaIndex } from '../../../../graph-schema/model/schema';
import {
  patchEntity,
  patchLink,
  prepareLink,
  type PreparedBatch,
  type PreparedLink,
} from '../../../../graph-schema/model/validate';
import type { ItemsBatch } from '../graph-store';
import type { EntityRef, Rows } from './entity-rows';
import {
  checkUnchanged,
  conflict,
  nextStamp,
  endIds,
  inBatch,
  newEntities,
  newLinks,
  parseRecord,
  recordEntities,
  type Audit,
} from '../write-checks';
import { isSqliteUnique } from './write-checks';

/** Validated writes. Callers run each one inside a transaction; a throw rolls everything back. */

export class Writes {
  constructor(
    private readonly rows: Rows,
    private readonly index: SchemaIndex,
  ) {}

  createEntities(inputs: readonly unknown[], audit: Audit): Entity[] {
    const entities = newEntities(this.index, inputs, audit);
    this.insertEntities(entities);
    return entities;
  }

  createLinks(inputs: readonly unknown[], audit: Audit): Link[] {
    const refs = this.refCache(endIds(inputs));
    const links = newLinks(this.index, inputs, (e) => refs(e)?.type, audit);
    this.insertLinks(links, refs);
    return links;
  }

  /**
   * An import (or one batch of one): entities first, so links may name them, then updates of
   * entities an earlier batch created. The caller's transaction makes it all or nothing.
   */
  createItems(items: ItemsBatch, audit: Audit): { entities: number; links: number } {
    const entities = this.createEntities(items.entities, audit);
    const links = this.createLinks(items.links, audit);
    for (const { id, patch } of items.updates ?? []) this.updateEntity(id, patch, audit);
    return { entities: entities.length, links: links.length };
  }

  /**
   * createItems for records an import has checked already (PreparedBatch): only the audit
   * fields are added. `written` holds the row ids of the entities this stream wrote (filled
   * here), so a link's ends cost a query only when they are the case's own entities; an end
   * that is nowhere still fails.
   */
  createPrepared(
    batch: PreparedBatch,
    audit: Audit,
    written: Map<string, number> = new Map(),
  ): { entities: number; links: number } {
    const entities = batch.entities.map((d): Entity => ({
      id: d.id,
      type: d.type,
      label: d.label,
      aliases: d.aliases,
      notes: d.notes,
      validFrom: d.validFrom,
      validTo: d.validTo,
      confidence: d.confidence,
      reliability: d.reliability,
      credibility: d.credibility,
      classification: d.classification,
      props: d.props,
      createdAt: audit.now,
      createdBy: audit.actor,
      updatedAt: audit.now,
      updatedBy: audit.actor,
    }));
    const base = this.insertEntities(entities);
    for (let i = 0; i < entities.length; i++) written.set((entities[i] as Entity).id, base + i);
    const links = batch.links;
    const ends = new Float64Array(2 * links.length);
    const outside: string[] = [];
    for (let i = 0; i < links.length; i++) {
      const { source, target } = links[i] as PreparedLink;
      const s = written.get(source);
      const t = written.get(target);
      ends[2 * i] = s ?? (outside.push(source), -1);
      ends[2 * i + 1] = t ?? (outside.push(target), -1);
    }
    const refs = outside.length > 0 ? this.rows.refsOf(outside) : undefined;
    const rid = (i: number, id: string): number | undefined => {
      const known = ends[i] as number;
      return known >= 0 ? known : refs?.get(id)?.rid;
    };
    const rows = links.map((d, i) => {
      const source = rid(2 * i, d.source);
      const target = rid(2 * i + 1, d.target);
      if (source === undefined || target === undefined)
        throw new PlexusError('VALIDATION', `link ${d.id}: an end is not in the case`, [
          { field: source === undefined ? 'source' : 'target', message: 'no such entity' },
        ]);
      return [d.id, d.type, source, target, linkBody(d, audit)] as const;
    });
    this.insertLinkRows(
      rows,
      links.map((l) => l.label),
      (ids) => this.rows.linksById(ids),
    );
    for (const { id, patch } of batch.updates ?? []) this.updateEntity(id, patch, audit);
    return { entities: entities.length, links: links.length };
  }

  /** Inside the write transaction: the version check and the write cannot be split. */
  updateEntity(id: string, patch: unknown, audit: Audit, expectedUpdatedAt?: string): Entity {
    const found = this.rows.entityById(id);
    if (!found)
      throw new PlexusError('NOT_FOUND', `no entity with id ${id}`, [
        { field: 'id', message: `id: ${id} not found` },
      ]);
    checkUnchanged('entity', found.entity, expectedUpdatedAt);
    const { id: _id, ...draft } = patchEntity(this.index, found.entity, patch);
    const entity: Entity = {
      id,
      ...draft,
      createdAt: found.entity.createdAt,
      createdBy: found.entity.createdBy,
      updatedAt: nextStamp(found.entity.updatedAt, audit.now),
      updatedBy: audit.actor,
    };
    this.rows.replaceEntity(found.rid, entity);
    return entity;
  }

  updateLink(id: string, patch: unknown, audit: Audit, expectedUpdatedAt?: string): Link {
    const found = this.rows.linkById(id);
    if (!found)
      throw new PlexusError('NOT_FOUND', `no link with id ${id}`, [
        { field: 'id', message: `id: ${id} not found` },
      ]);
    checkUnchanged('link', found.link, expectedUpdatedAt);
    const refs = this.refCache();
    const { id: _id, ...draft } = patchLink(this.index, found.link, patch, (e) => refs(e)?.type);
    const link: Link = {
      id,
      ...draft,
      createdAt: found.link.createdAt,
      createdBy: found.link.createdBy,
      updatedAt: nextStamp(found.link.updatedAt, audit.now),
      updatedBy: audit.actor,
    };
    this.rows.replaceLink(found.rid, link);
    return link;
  }

  deleteEntities(ids: readonly string[]): Items {
    const rids = [...this.rows.ridsOf(ids).values()];
    const entities = [...this.rows.entitiesByRid(rids).values()];
    const links = [...this.rows.linksTouching(rids).values()];
    this.rows.deleteEntities(rids);
    return { entities, links };
  }

  deleteLinks(ids: readonly string[]): Items {
    const links = this.rows.linksById(ids);
    const rids = links.map((l) => this.rows.linkById(l.id)?.rid).filter((r): r is number => r !== undefined);
    this.rows.deleteLinks(rids);
    return { entities: [], links };
  }

  /** Puts back complete records: checked like a create, audit fields kept. Entities first. */
  restore(items: Items): { entities: number; links: number } {
    const entities = recordEntities(this.index, items.entities);
    this.insertEntities(entities);
    const refs = this.refCache();
    const links = items.links.map((raw, i) =>
      inBatch('links', i, items.links.length, () => {
        const record = parseRecord(Link, raw);
        const { createdAt, createdBy, updatedAt, updatedBy, id: _id, ...editable } = record;
        const draft = prepareLink(this.index, editable, (e) => refs(e)?.type);
        return { id: record.id, ...draft, createdAt, createdBy, updatedAt, updatedBy } satisfies Link;
      }),
    );
    this.insertLinks(links, refs);
    return { entities: entities.length, links: links.length };
  }

  /** Answers the row id of the first entity; the others follow in order. */
  private insertEntities(entities: readonly Entity[]): number {
    const base = this.unique(
      'entity',
      () => entities.map((e) => e.id),
      (ids) => this.rows.entitiesById(ids),
      () => this.rows.insertEntities(entities),
    );
    return base;
  }

  /** Link rows as the table holds them (id, type, source rid, target rid, body). */
  private insertLinkRows(
    rows: readonly (readonly [string, string, number, number, string])[],
    labels: readonly string[],
    stored: (ids: readonly string[]) => { id: string }[],
  ): void {
    this.unique(
      'link',
      () => rows.map((r) => r[0]),
      stored,
      () => this.rows.insertLinkRows(rows, labels),
    );
  }

  private insertLinks(links: readonly Link[], refs: (id: string) => EntityRef | undefined): void {
    // prepareLink has checked both ends exist, so the refs are there.
    const rows = links.map((l) => [l, refs(l.source)?.rid ?? -1, refs(l.target)?.rid ?? -1] as const);
    this.unique(
      'link',
      () => links.map((l) => l.id),
      (ids) => this.rows.linksById(ids),
      () => this.rows.insertLinks(rows),
    );
  }

  /**
   * Runs an insert; a uniqueness failure becomes a CONFLICT naming the id that clashed. The
   * batch's ids are listed only then: this is on every import batch's path.
   */
  private unique<T>(
    kind: 'entity' | 'link',
    ids: () => readonly string[],
    stored: (ids: readonly string[]) => { id: string }[],
    insert: () => T,
  ): T {
    try {
      return insert();
    } catch (error) {
      if (!isSqliteUnique(error)) throw error;
      throw conflict(kind, this.clash(ids(), stored));
    }
  }

  /** Which id of a batch broke uniqueness: one stored already, or one given twice. */
  private clash(ids: readonly string[], stored: (ids: readonly string[]) => { id: string }[]): string {
    const existing = stored(ids)[0];
    if (existing) return existing.id;
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) return id;
      seen.add(id);
    }
    return ids[0] ?? '';
  }

  /**
   * Entity look-ups for one call: the ends a batch names are fetched in one query up front
   * (a batch of links touches the same entities again and again); others one by one.
   */
  private refCache(prefetch: readonly string[] = []): (id: string) => EntityRef | undefined {
    const cache = new Map<string, EntityRef | undefined>(this.rows.refsOf(prefetch));
    return (id) => {
      if (cache.has(id)) return cache.get(id);
      const ref = this.rows.entityRef(id);
      cache.set(id, ref);
      return ref;
    };
  }
}

/**
 * A prepared link's body: the JSON of the Link record (id first, the audit fields last, as
 * JSON.stringify of the record writes it), without building the record.
 */
function linkBody(d: PreparedLink, audit: Audit): string {
  return JSON.stringify({
    id: d.id,
    type: d.type,
    source: d.source,
    target: d.target,
    label: d.label,
    notes: d.notes,
    validFrom: d.validFrom,
    validTo: d.validTo,
    confidence: d.confidence,
    reliability: d.reliability,
    credibility: d.credibility,
    classification: d.classification,
    props: d.props,
    createdAt: audit.now,
    createdBy: audit.actor,
    updatedAt: audit.now,
    updatedBy: audit.actor,
  } satisfies Link);
}
