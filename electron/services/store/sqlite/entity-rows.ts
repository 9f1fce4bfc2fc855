import { ENTITY_BODY, LINK_BODY } from '../../../../graph-schema/migrations/bodies';
import type { Entity, Link } from '../../../../graph-schema/model/records';
import type { SchemaIndex } from '../../../../graph-schema/model/schema';
import { bodyVersion, readStoredBody } from '../../../../graph-schema/model/stored-body';
import { labelKey, searchColumns } from './fts-text';
import type { Journal } from './history/journal';
import { IN_LIST, chunks, type Statements } from './statements';

/**
 * Row-level reads and writes of entities, links and their search rows. Writes are checked by
 * the callers; every body read goes through readStoredBody (its version's migrations, then the
 * record schema), so a body changed outside Plexus is refused here, naming the id and field.
 * Every write of an entity or link row passes through this class, so this is where each one
 * is entered in the case's history (the journal), in the same transaction.
 */

/** A link row as read: row id, id, body, body version. */
export type LinkRow = [rid: number, id: string, body: string, version: number];

export interface EntityRef {
  rid: number;
  type: string;
}

const CHUNK = 5000;
/** The body versions this build writes. */
const ENTITY_VERSION = bodyVersion(ENTITY_BODY);
const LINK_VERSION = bodyVersion(LINK_BODY);
const SEARCH_COLUMNS = ['rowid', 'label', 'aliases', 'props', 'readings'];

export class Rows {
  constructor(
    private readonly sql: Statements,
    private readonly index: SchemaIndex,
    /** Absent only where no record changes (a migration recomputing search rows). */
    private readonly journal?: Journal,
  ) {}

  entityRef(id: string): EntityRef | undefined {
    return this.sql.get('SELECT rid, type FROM entities WHERE id = ?').get(id) as EntityRef | undefined;
  }

  refsOf(ids: readonly string[]): Map<string, EntityRef> {
    const out = new Map<string, EntityRef>();
    for (const part of chunks([...new Set(ids)], CHUNK)) {
      const rows = this.sql
        .get('SELECT id, rid, type FROM entities WHERE id IN ' + IN_LIST)
        .raw()
        .all(JSON.stringify(part));
      for (const [id, rid, type] of rows as [string, number, string][]) out.set(id, { rid, type });
    }
    return out;
  }

  entityById(id: string): { rid: number; entity: Entity } | undefined {
    const row = this.sql
      .get(
        'SELECT e.rid, b.body, b.body_version FROM entities e JOIN entity_bodies b ON b.rid = e.rid WHERE e.id = ?',
      )
      .raw()
      .get(id) as [number, string, number] | undefined;
    return row && { rid: row[0], entity: readStoredBody(ENTITY_BODY, id, row[2], row[1]) };
  }

  linkById(id: string): { rid: number; link: Link } | undefined {
    const row = this.sql.get('SELECT rid, body, body_version FROM links WHERE id = ?').raw().get(id) as
      [number, string, number] | undefined;
    return row && { rid: row[0], link: readStoredBody(LINK_BODY, id, row[2], row[1]) };
  }

  /** Bodies by row id, keyed by row id. */
  entitiesByRid(rids: readonly number[]): Map<number, Entity> {
    const out = new Map<number, Entity>();
    const query = this.sql
      .get('SELECT rid, body, body_version FROM entity_bodies WHERE rid IN ' + IN_LIST)
      .raw();
    for (const part of chunks(rids, CHUNK))
      for (const [rid, body, version] of query.all(JSON.stringify(part)) as [number, string, number][])
        out.set(rid, this.entity(rid, version, body));
    return out;
  }

  linksByRid(rids: readonly number[]): Map<number, Link> {
    const out = new Map<number, Link>();
    const query = this.sql.get('SELECT rid, id, body, body_version FROM links WHERE rid IN ' + IN_LIST).raw();
    for (const part of chunks(rids, CHUNK))
      for (const [rid, id, body, version] of query.all(JSON.stringify(part)) as LinkRow[])
        out.set(rid, readStoredBody(LINK_BODY, id, version, body));
    return out;
  }

  /** Bodies by id, in the order asked, unknown ids left out. */
  entitiesById(ids: readonly string[]): Entity[] {
    return this.byId(
      'SELECT e.id, b.body, b.body_version FROM entities e JOIN entity_bodies b ON b.rid = e.rid WHERE e.id IN ' +
        IN_LIST,
      ids,
      (id, version, body) => readStoredBody(ENTITY_BODY, id, version, body),
    );
  }

  linksById(ids: readonly string[]): Link[] {
    return this.byId(
      'SELECT id, body, body_version FROM links WHERE id IN ' + IN_LIST,
      ids,
      (id, version, body) => readStoredBody(LINK_BODY, id, version, body),
    );
  }

  /** Links as stored rows come back from a query of `rid, id, body, body_version`. */
  linksOfRows(rows: readonly LinkRow[]): Link[] {
    return rows.map(([, id, body, version]) => readStoredBody(LINK_BODY, id, version, body));
  }

  /** An entity body read by row id: its id is looked up only to name it in a refusal. */
  entity(rid: number, version: number | undefined, body: string): Entity {
    return readStoredBody(ENTITY_BODY, () => this.idOf(rid), version, body);
  }

  private idOf(rid: number): string {
    return (
      (this.sql.get('SELECT id FROM entities WHERE rid = ?').pluck().get(rid) as string | undefined) ??
      `#${rid}`
    );
  }

  ridsOf(ids: readonly string[]): Map<string, number> {
    const out = new Map<string, number>();
    for (const part of chunks([...new Set(ids)], CHUNK)) {
      const rows = this.sql
        .get('SELECT id, rid FROM entities WHERE id IN ' + IN_LIST)
        .raw()
        .all(JSON.stringify(part));
      for (const [id, rid] of rows as [string, number][]) out.set(id, rid);
    }
    return out;
  }

  /** Link row ids with the fields a replace must not change, by link id. */
  linkRowsOf(
    ids: readonly string[],
  ): Map<string, { rid: number; type: string; source: number; target: number }> {
    const out = new Map<string, { rid: number; type: string; source: number; target: number }>();
    for (const part of chunks([...new Set(ids)], CHUNK)) {
      const rows = this.sql
        .get('SELECT id, rid, type, source, target FROM links WHERE id IN ' + IN_LIST)
        .raw()
        .all(JSON.stringify(part));
      for (const [id, rid, type, source, target] of rows as [string, number, string, number, number][])
        out.set(id, { rid, type, source, target });
    }
    return out;
  }

  /** Link rows touching any of these entities (either end). */
  linksTouching(rids: readonly number[]): Map<number, Link> {
    const out = new Map<number, Link>();
    for (const part of chunks(rids, CHUNK)) {
      const json = JSON.stringify(part);
      for (const end of ['source', 'target']) {
        const rows = this.sql
          .get(`SELECT rid, id, body, body_version FROM links WHERE ${end} IN ${IN_LIST}`)
          .raw()
          .all(json) as LinkRow[];
        for (const [rid, id, body, version] of rows)
          out.set(rid, readStoredBody(LINK_BODY, id, version, body));
      }
    }
    return out;
  }

  /** Row ids are given, not left to SQLite, so the search rows can follow without a look-up. */
  insertEntities(entities: readonly Entity[]): number {
    const base = (this.sql.get('SELECT coalesce(max(rid), 0) FROM entities').pluck().get() as number) + 1;
    this.sql.insertRows(
      'entities',
      ['rid', 'id', 'type', 'label_key'],
      entities.map((e, i) => [base + i, e.id, e.type, labelKey(e.label)]),
    );
    const bodies = entities.map((e) => JSON.stringify(e));
    this.sql.insertRows(
      'entity_bodies',
      ['rid', 'body', 'body_version'],
      bodies.map((body, i) => [base + i, body, ENTITY_VERSION]),
    );
    entities.forEach((e, i) => this.journal?.added('entity', e.id, e.label, bodies[i] as string));
    this.sql.insertRows(
      'entity_search',
      SEARCH_COLUMNS,
      entities.map((e, i) => [base + i, ...searchColumns(e, this.index)]),
    );
    return base;
  }

  replaceEntity(rid: number, entity: Entity): void {
    const before = this.sql.get('SELECT body FROM entity_bodies WHERE rid = ?').pluck().get(rid) as string;
    const body = JSON.stringify(entity);
    this.sql
      .get('UPDATE entity_bodies SET body = ?, body_version = ? WHERE rid = ?')
      .run(body, ENTITY_VERSION, rid);
    this.journal?.changed('entity', entity.id, before, body, entity.label);
    this.sql.get('UPDATE entities SET label_key = ? WHERE rid = ?').run(labelKey(entity.label), rid);
    this.sql.get('DELETE FROM entity_search WHERE rowid = ?').run(rid);
    this.sql.insertRows('entity_search', SEARCH_COLUMNS, [[rid, ...searchColumns(entity, this.index)]]);
  }

  /**
   * Computes every entity's label key and search row again, into an empty entity_search:
   * after a migration that changed how names are folded or read (004). Pages by row id, as a
   * statement cannot run while another one's rows are being read.
   */
  reindexSearch(): void {
    const page = this.sql.get('SELECT rid, body FROM entity_bodies WHERE rid > ? ORDER BY rid LIMIT ?').raw();
    const setKey = this.sql.get('UPDATE entities SET label_key = ? WHERE rid = ?');
    for (let after = 0; ;) {
      const rows = page.all(after, CHUNK) as [number, string][];
      if (rows.length === 0) return;
      // Runs in migration 004, before bodies kept a version (008): every body is version 1.
      const entities = rows.map(([rid, body]) => [rid, this.entity(rid, undefined, body)] as const);
      for (const [rid, entity] of entities) setKey.run(labelKey(entity.label), rid);
      this.sql.insertRows(
        'entity_search',
        SEARCH_COLUMNS,
        entities.map(([rid, entity]) => [rid, ...searchColumns(entity, this.index)]),
      );
      after = rows[rows.length - 1]?.[0] ?? after;
    }
  }

  /** Deletes entities; their links go by the foreign keys' ON DELETE CASCADE. */
  deleteEntities(rids: readonly number[]): void {
    for (const part of chunks(rids, CHUNK)) {
      const json = JSON.stringify(part);
      if (this.journal) {
        // The links the cascade takes with them are removed items too.
        const links = new Map<string, string>();
        for (const end of ['source', 'target'])
          for (const [id, label] of this.sql
            .get(`SELECT id, json_extract(body, '$.label') FROM links WHERE ${end} IN ${IN_LIST}`)
            .raw()
            .all(json) as [string, string][])
            links.set(id, label);
        for (const [id, label] of links) this.journal.removed('link', id, label);
        for (const [id, label] of this.sql
          .get(
            `SELECT e.id, json_extract(b.body, '$.label') FROM entities e JOIN entity_bodies b ON b.rid = e.rid WHERE e.rid IN ${IN_LIST}`,
          )
          .raw()
          .all(json) as [string, string][])
          this.journal.removed('entity', id, label);
      }
      this.sql.get('DELETE FROM entity_search WHERE rowid IN ' + IN_LIST).run(json);
      this.sql.get('DELETE FROM entity_bodies WHERE rid IN ' + IN_LIST).run(json);
      this.sql.get('DELETE FROM entities WHERE rid IN ' + IN_LIST).run(json);
    }
  }

  insertLinks(links: readonly (readonly [link: Link, source: number, target: number])[]): void {
    this.insertLinkRows(
      links.map(([link, source, target]) => [link.id, link.type, source, target, JSON.stringify(link)]),
      links.map(([link]) => link.label),
    );
  }

  /**
   * Links as their rows: id, type, source and target row ids, body. `labels` spares parsing
   * the bodies again for the history when the caller has the records.
   */
  insertLinkRows(
    rows: readonly (readonly [string, string, number, number, string])[],
    labels?: readonly string[],
  ): void {
    this.sql.insertRows(
      'links',
      ['id', 'type', 'source', 'target', 'body', 'body_version'],
      rows.map((row) => [...row, LINK_VERSION]),
    );
    rows.forEach(([id, , , , body], i) =>
      this.journal?.added('link', id, labels?.[i] ?? (JSON.parse(body) as Link).label, body),
    );
  }

  replaceLink(rid: number, link: Link): void {
    const before = this.sql.get('SELECT body FROM links WHERE rid = ?').pluck().get(rid) as string;
    const body = JSON.stringify(link);
    this.sql.get('UPDATE links SET body = ?, body_version = ? WHERE rid = ?').run(body, LINK_VERSION, rid);
    this.journal?.changed('link', link.id, before, body, link.label);
  }

  deleteLinks(rids: readonly number[]): void {
    for (const part of chunks(rids, CHUNK)) {
      const json = JSON.stringify(part);
      if (this.journal)
        for (const [id, label] of this.sql
          .get(`SELECT id, json_extract(body, '$.label') FROM links WHERE rid IN ${IN_LIST}`)
          .raw()
          .all(json) as [string, string][])
          this.journal.removed('link', id, label);
      this.sql.get('DELETE FROM links WHERE rid IN ' + IN_LIST).run(json);
    }
  }

  /**
   * Every stored item entered as present when the history began (migration 005), in row
   * order, paged as a statement cannot run while another one's rows are read.
   */
  adoptAll(journal: Journal): void {
    for (const [table, kind] of [
      ['entity_bodies', 'entity'],
      ['links', 'link'],
    ] as const) {
      const page = this.sql.get(`SELECT rid, body FROM ${table} WHERE rid > ? ORDER BY rid LIMIT ?`).raw();
      for (let after = 0; ;) {
        const rows = page.all(after, CHUNK) as [number, string][];
        if (rows.length === 0) break;
        // Migration 005, before bodies kept a version (008): every body is version 1.
        for (const [rid, body] of rows) {
          const record = kind === 'entity' ? this.entity(rid, undefined, body) : this.linkByRid(rid, body);
          journal.adopted(kind, record.id, record.label, body);
        }
        after = rows[rows.length - 1]?.[0] ?? after;
      }
    }
  }

  /**
   * Counted from the rows themselves, never a kept tally that an edit outside Plexus could
   * leave behind: the entity scan reads the narrow entities table, the link scan a covering
   * index, never a body.
   */
  counts(): { kind: 'entity' | 'link'; type: string; n: number }[] {
    return this.sql
      .get(
        "SELECT 'entity' AS kind, type, count(*) AS n FROM entities GROUP BY type UNION ALL SELECT 'link', type, count(*) FROM links GROUP BY type ORDER BY 1, 2",
      )
      .all() as { kind: 'entity' | 'link'; type: string; n: number }[];
  }

  private linkByRid(rid: number, body: string): Link {
    const id = () =>
      (this.sql.get('SELECT id FROM links WHERE rid = ?').pluck().get(rid) as string | undefined) ??
      `#${rid}`;
    return readStoredBody(LINK_BODY, id, undefined, body);
  }

  private byId<T>(
    query: string,
    ids: readonly string[],
    read: (id: string, version: number, body: string) => T,
  ): T[] {
    const unique = [...new Set(ids)];
    const found = new Map<string, T>();
    for (const part of chunks(unique, CHUNK)) {
      for (const [id, body, version] of this.sql.get(query).raw().all(JSON.stringify(part)) as [
        string,
        string,
        number,
      ][]) {
        found.set(id, read(id, version, body));
      }
    }
    return unique.flatMap((id) => {
      const item = found.get(id);
      return item === undefined ? [] : [item];
    });
  }
}
