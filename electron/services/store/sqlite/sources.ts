import type { Grade } from '../../../../graph-schema/model/grade-order';
import {
  Evidence,
  derivedGrade,
  type Citation,
  type GradeMode,
  type ItemEvidence,
  type Source,
} from '../../../../graph-schema/model/sources';
import { PlexusError } from '../../../../graph-schema/model/errors';
import type { ItemRef, SourceStore } from '../source-store';
import { CITATION_BODY, SOURCE_BODY } from '../../../../graph-schema/migrations/bodies';
import { bodyVersion, readStoredBody } from '../../../../graph-schema/model/stored-body';
import {
  checkDocumentSource,
  citationNotFound,
  gradePatch,
  itemNotFound,
  newCitation,
  newSource,
  parseOrThrow,
  patchedCitation,
  patchedSource,
  sourceNotFound,
  sourceStillCited,
} from '../source-checks';
import type { Audit } from '../write-checks';
import type { Rows } from './entity-rows';
import type { Statements } from './statements';
import type { Writes } from './writes';
import type { Journal } from './history/journal';

const SOURCE_VERSION = bodyVersion(SOURCE_BODY);
const CITATION_VERSION = bodyVersion(CITATION_BODY);

/** How the case-file store lends its transaction to the sources: the same write path as records. */
export interface SourcesAccess {
  sql: Statements;
  rows: Rows;
  writes: Writes;
  write<T>(work: (audit: Audit) => T): T;
  read<T>(work: () => T): T;
  /** Enters each source and citation written in the case history, in the write's transaction. */
  journal: Journal;
}

/** Sources and citations in the case file's own tables (migration 006). */
export class SqliteSources implements SourceStore {
  constructor(private readonly a: SourcesAccess) {}

  async list(): Promise<Source[]> {
    return this.a.read(() =>
      this.sources('').sort((x, y) => x.title.localeCompare(y.title) || x.id.localeCompare(y.id)),
    );
  }

  async create(input: unknown): Promise<Source> {
    return this.a.write((audit) => {
      const { source, content } = newSource(input, audit);
      if (source.documentId !== null)
        checkDocumentSource(
          source.documentId,
          this.a.rows.entityById(source.documentId)?.entity,
          this.sources(''),
        );
      this.insertSource(source, content);
      return source;
    });
  }

  async update(id: string, patch: unknown): Promise<Source> {
    return this.a.write((audit) => {
      const stored = this.source(id);
      const source = patchedSource(stored, patch, audit);
      this.a.sql
        .get('UPDATE sources SET body = ?, body_version = ? WHERE id = ?')
        .run(JSON.stringify(source), SOURCE_VERSION, id);
      this.a.journal.evidence('source', id, source.title, JSON.stringify(stored), JSON.stringify(source));
      return source;
    });
  }

  async delete(id: string): Promise<void> {
    this.a.write(() => {
      const stored = this.source(id);
      const cited = this.a.sql
        .get('SELECT count(*) FROM citations WHERE source_id = ?')
        .pluck()
        .get(id) as number;
      if (cited > 0) throw sourceStillCited(stored, cited);
      this.a.sql.get('DELETE FROM sources WHERE id = ?').run(id);
      this.a.journal.evidence('source', id, stored.title, JSON.stringify(stored), null);
    });
  }

  async file(id: string): Promise<Uint8Array | undefined> {
    return this.a.read(() => {
      this.source(id);
      const bytes = this.a.sql.get('SELECT content FROM source_files WHERE source_id = ?').pluck().get(id) as
        Buffer | undefined;
      return bytes ? new Uint8Array(bytes) : undefined;
    });
  }

  async citationsOf(items: readonly ItemRef[]): Promise<Citation[]> {
    return this.a.read(() => items.flatMap((item) => this.citationsOfItem(item)));
  }

  async citationsOfSource(sourceId: string): Promise<Citation[]> {
    return this.a.read(() => this.citations('WHERE source_id = ? ORDER BY rowid', sourceId));
  }

  async cite(input: unknown): Promise<Citation> {
    return this.a.write((audit) => {
      const citation = newCitation(input, audit);
      this.source(citation.sourceId);
      this.requireItem(citation);
      this.insertCitation(citation);
      this.regrade(citation, audit);
      return citation;
    });
  }

  async updateCitation(id: string, patch: unknown): Promise<Citation> {
    return this.a.write((audit) => {
      const before = this.citation(id);
      const citation = patchedCitation(before, patch, audit);
      this.a.sql
        .get('UPDATE citations SET body = ?, body_version = ? WHERE id = ?')
        .run(JSON.stringify(citation), CITATION_VERSION, id);
      this.a.journal.evidence(
        'citation',
        id,
        this.citationLabel(citation),
        JSON.stringify(before),
        JSON.stringify(citation),
      );
      this.regrade(citation, audit);
      return citation;
    });
  }

  async removeCitation(id: string): Promise<void> {
    this.a.write((audit) => {
      const citation = this.citation(id);
      this.a.sql.get('DELETE FROM citations WHERE id = ?').run(id);
      this.a.journal.evidence('citation', id, this.citationLabel(citation), JSON.stringify(citation), null);
      this.regrade(citation, audit);
    });
  }

  async gradeModes(items: readonly ItemRef[]): Promise<GradeMode[]> {
    return this.a.read(() => items.map((item) => this.mode(item)));
  }

  async setGradeMode(item: ItemRef, mode: GradeMode): Promise<void> {
    this.a.write((audit) => {
      this.requireItem(item);
      if (mode === 'set')
        this.a.sql
          .get('INSERT OR IGNORE INTO grade_set (item_id, item_kind) VALUES (?, ?)')
          .run(item.itemId, item.itemKind);
      else {
        this.a.sql
          .get('DELETE FROM grade_set WHERE item_id = ? AND item_kind = ?')
          .run(item.itemId, item.itemKind);
        this.regrade(item, audit);
      }
    });
  }

  async evidence(): Promise<Evidence> {
    return this.a.read(() => ({
      sources: this.sources('ORDER BY id'),
      citations: this.citations('ORDER BY rowid'),
      gradeSet: this.a.sql
        .get('SELECT item_kind AS itemKind, item_id AS itemId FROM grade_set ORDER BY item_id')
        .all() as Evidence['gradeSet'],
    }));
  }

  async restoreEvidence(raw: unknown): Promise<{ sources: number; citations: number }> {
    const evidence = parseOrThrow(Evidence, raw, 'evidence.');
    return this.a.write(() => this.restoreEvidenceSync(evidence));
  }

  /** restoreEvidence in the caller's transaction (an import writing records and evidence at once). */
  restoreEvidenceSync(evidence: Evidence): { sources: number; citations: number } {
    let sources = 0;
    for (const source of evidence.sources) {
      // Compared as read, so a body of an older version equals its export.
      const found = this.sources('WHERE id = ?', source.id)[0];
      const stored = found && JSON.stringify(found);
      if (stored === undefined) {
        this.insertSource(source.file ? { ...source, file: { ...source.file, stored: false } } : source);
        sources += 1;
      } else if (stored !== JSON.stringify(source) && stored !== JSON.stringify(withoutStoredFile(source)))
        throw new PlexusError('CONFLICT', `a different source with id ${source.id} is in the case already`, [
          { field: 'id', rule: 'unique', message: `${source.id} already exists` },
        ]);
    }
    let citations = 0;
    for (const citation of evidence.citations) {
      const stored = this.a.sql.get('SELECT body FROM citations WHERE id = ?').pluck().get(citation.id);
      if (stored === JSON.stringify(citation)) continue;
      this.source(citation.sourceId);
      this.requireItem(citation);
      this.insertCitation(citation);
      citations += 1;
    }
    for (const item of evidence.gradeSet) {
      this.requireItem(item);
      this.a.sql
        .get('INSERT OR IGNORE INTO grade_set (item_id, item_kind) VALUES (?, ?)')
        .run(item.itemId, item.itemKind);
    }
    return { sources, citations };
  }

  /**
   * The citations and fixed-grade marks of items about to be deleted, read in the caller's
   * write transaction (the delete triggers drop them a statement later).
   */
  evidenceOfSync(items: readonly ItemRef[]): ItemEvidence {
    return {
      citations: items.flatMap((item) => this.citationsOfItem(item)),
      gradeSet: items
        .filter((item) => this.mode(item) === 'set')
        .map((item) => ({ itemKind: item.itemKind, itemId: item.itemId })),
    };
  }

  /** Puts a deleted item's evidence back in the caller's transaction (undo): grades stay as restored. */
  restoreWithItemsSync(evidence: ItemEvidence): void {
    for (const citation of evidence.citations) {
      this.source(citation.sourceId);
      this.insertCitation(citation);
    }
    for (const item of evidence.gradeSet)
      this.a.sql
        .get('INSERT OR IGNORE INTO grade_set (item_id, item_kind) VALUES (?, ?)')
        .run(item.itemId, item.itemKind);
  }

  private insertSource(source: Source, content?: Buffer): void {
    if (this.a.sql.get('SELECT 1 FROM sources WHERE id = ?').get(source.id) !== undefined)
      throw new PlexusError('CONFLICT', `a source with id ${source.id} already exists`, [
        { field: 'id', rule: 'unique', message: `${source.id} already exists` },
      ]);
    this.a.sql
      .get('INSERT INTO sources (id, body, body_version) VALUES (?, ?, ?)')
      .run(source.id, JSON.stringify(source), SOURCE_VERSION);
    if (content)
      this.a.sql.get('INSERT INTO source_files (source_id, content) VALUES (?, ?)').run(source.id, content);
    this.a.journal.evidence('source', source.id, source.title, null, JSON.stringify(source));
  }

  private insertCitation(citation: Citation): void {
    if (this.a.sql.get('SELECT 1 FROM citations WHERE id = ?').get(citation.id) !== undefined)
      throw new PlexusError('CONFLICT', `a citation with id ${citation.id} already exists`, [
        { field: 'id', rule: 'unique', message: `${citation.id} already exists` },
      ]);
    this.a.sql
      .get(
        'INSERT INTO citations (id, source_id, item_kind, item_id, body, body_version) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(
        citation.id,
        citation.sourceId,
        citation.itemKind,
        citation.itemId,
        JSON.stringify(citation),
        CITATION_VERSION,
      );
    this.a.journal.evidence(
      'citation',
      citation.id,
      this.citationLabel(citation),
      null,
      JSON.stringify(citation),
    );
  }

  /**
   * Citations the delete of their items takes with them (the delete triggers drop the rows):
   * entered as removed, as an undo that puts them back enters them as added.
   */
  citationsRemovedSync(citations: readonly Citation[]): void {
    for (const c of citations)
      this.a.journal.evidence('citation', c.id, this.citationLabel(c), JSON.stringify(c), null);
  }

  /** "供述調書 → p-tanaka": the source cited and the id of the item it is cited for (stored text, in no language). */
  private citationLabel(citation: Citation): string {
    const title = this.sources('WHERE id = ?', citation.sourceId)[0]?.title ?? citation.sourceId;
    return `${title} → ${citation.itemId}`;
  }

  private source(id: string): Source {
    const found = this.sources('WHERE id = ?', id)[0];
    if (found === undefined) throw sourceNotFound(id);
    return found;
  }

  private citation(id: string): Citation {
    const found = this.citations('WHERE id = ?', id)[0];
    if (found === undefined) throw citationNotFound(id);
    return found;
  }

  private citationsOfItem(item: ItemRef): Citation[] {
    return this.citations('WHERE item_id = ? AND item_kind = ? ORDER BY rowid', item.itemId, item.itemKind);
  }

  /** Stored sources, each read through its body version and schema (`rest`: WHERE / ORDER BY). */
  private sources(rest: string, ...params: unknown[]): Source[] {
    const rows = this.a.sql
      .get(`SELECT id, body, body_version FROM sources ${rest}`)
      .raw()
      .all(...params) as [string, string, number][];
    return rows.map(([id, body, version]) => readStoredBody(SOURCE_BODY, id, version, body));
  }

  private citations(rest: string, ...params: unknown[]): Citation[] {
    const rows = this.a.sql
      .get(`SELECT id, body, body_version FROM citations ${rest}`)
      .raw()
      .all(...params) as [string, string, number][];
    return rows.map(([id, body, version]) => readStoredBody(CITATION_BODY, id, version, body));
  }

  private mode(item: ItemRef): GradeMode {
    const set = this.a.sql
      .get('SELECT 1 FROM grade_set WHERE item_id = ? AND item_kind = ?')
      .get(item.itemId, item.itemKind);
    return set === undefined ? 'derived' : 'set';
  }

  private requireItem(item: ItemRef): void {
    const found =
      item.itemKind === 'entity' ? this.a.rows.entityRef(item.itemId) : this.a.rows.linkById(item.itemId);
    if (!found) throw itemNotFound(item.itemKind, item.itemId);
  }

  /** The item takes its derived grade through the store's own update, in this transaction. */
  private regrade(item: ItemRef, audit: Audit): void {
    const grade: Grade | undefined = derivedGrade(this.citationsOfItem(item), this.mode(item));
    if (item.itemKind === 'entity') {
      const found = this.a.rows.entityById(item.itemId);
      const patch = found && gradePatch(found.entity, grade);
      if (patch) this.a.writes.updateEntity(item.itemId, patch, audit);
    } else {
      const found = this.a.rows.linkById(item.itemId);
      const patch = found && gradePatch(found.link, grade);
      if (patch) this.a.writes.updateLink(item.itemId, patch, audit);
    }
  }
}

/** A source as an import without the file's bytes writes it. */
function withoutStoredFile(source: Source): Source {
  return source.file ? { ...source, file: { ...source.file, stored: false } } : source;
}
