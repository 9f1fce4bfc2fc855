import { PlexusError } from '../../../../graph-schema/model/errors';
import {
  Evidence,
  derivedGrade,
  type Citation,
  type GradeMode,
  type ItemEvidence,
  type Source,
} from '../../../../graph-schema/model/sources';
import type { ItemRef, SourceStore } from '../source-store';
import {
  checkDocumentSource,
  citationFromBody,
  citationNotFound,
  gradePatch,
  itemNotFound,
  newCitation,
  newSource,
  parseOrThrow,
  patchedCitation,
  patchedSource,
  sourceFromBody,
  sourceNotFound,
  sourceStillCited,
} from '../source-checks';
import type { Audit } from '../write-checks';
import type { WriteGate } from './charts';
import type { Rows } from './rows';
import type { Run, Sessions } from './session';
import * as q from './source-cypher';
import type { ServerJournal } from './journal';
import type { Writes } from './writes';

/** What the server store lends: its sessions, its write path, and its rows and writes per transaction. */
export interface Neo4jSourcesAccess {
  sessions: Sessions;
  write: WriteGate;
  refuseIfReadOnly(): void;
  audit(): Audit;
  rows(run: Run): Rows;
  writes(run: Run): Writes;
  /** The history of the write's transaction: sources and citations are entered as on a case file. */
  journal(run: Run): ServerJournal | undefined;
}

function bodies(rows: readonly { body?: unknown }[]): string[] {
  return rows.map((row) => (typeof row.body === 'string' ? row.body : ''));
}

/** Sources and citations as their own nodes (source-cypher.ts); the same rules as the case file. */
export class Neo4jSources implements SourceStore {
  constructor(private readonly a: Neo4jSourcesAccess) {}

  async list(): Promise<Source[]> {
    const rows = await this.a.sessions.read((run) => run(q.LIST_SOURCES));
    return bodies(rows)
      .map(sourceFromBody)
      .sort((x, y) => x.title.localeCompare(y.title) || x.id.localeCompare(y.id));
  }

  async create(input: unknown): Promise<Source> {
    const { source, content } = this.checked(() => newSource(input, this.a.audit()));
    return this.a.write(async (run) => {
      if (source.documentId !== null) {
        const [document] = await this.a.rows(run).entities([source.documentId]);
        const sources = bodies(await run(q.LIST_SOURCES)).map(sourceFromBody);
        checkDocumentSource(source.documentId, document, sources);
      }
      await insertSource(run, source, this.a.journal(run), content?.toString('base64'));
      return source;
    });
  }

  async update(id: string, patch: unknown): Promise<Source> {
    this.a.refuseIfReadOnly();
    const audit = this.a.audit();
    return this.a.write(async (run) => {
      await run(q.LOCK_SOURCE, { id });
      const before = await findSource(run, id);
      const source = patchedSource(before, patch, audit);
      await run(q.UPDATE_SOURCE, { id, body: JSON.stringify(source) });
      this.a
        .journal(run)
        ?.evidence('source', id, source.title, JSON.stringify(before), JSON.stringify(source));
      return source;
    });
  }

  async delete(id: string): Promise<void> {
    this.a.refuseIfReadOnly();
    await this.a.write(async (run) => {
      await run(q.LOCK_SOURCE, { id });
      const source = await findSource(run, id);
      const [row] = await run(q.COUNT_CITATIONS_OF_SOURCE, { id });
      const cited = Number(row?.n ?? 0);
      if (cited > 0) throw sourceStillCited(source, cited);
      await run(q.DELETE_SOURCE, { id });
      this.a.journal(run)?.evidence('source', id, source.title, JSON.stringify(source), null);
    });
  }

  async file(id: string): Promise<Uint8Array | undefined> {
    return this.a.sessions.read(async (run) => {
      await findSource(run, id);
      const [row] = await run(q.SOURCE_FILE, { id });
      return typeof row?.content === 'string'
        ? new Uint8Array(Buffer.from(row.content, 'base64'))
        : undefined;
    });
  }

  async citationsOf(items: readonly ItemRef[]): Promise<Citation[]> {
    return this.a.sessions.read(async (run) => {
      const out: Citation[] = [];
      for (const item of items) out.push(...(await citationsOfItem(run, item)));
      return out;
    });
  }

  async citationsOfSource(sourceId: string): Promise<Citation[]> {
    const rows = await this.a.sessions.read((run) => run(q.CITATIONS_OF_SOURCE, { id: sourceId }));
    return bodies(rows).map(citationFromBody);
  }

  async cite(input: unknown): Promise<Citation> {
    const citation = this.checked(() => newCitation(input, this.a.audit()));
    return this.a.write(async (run) => {
      const source = await findSource(run, citation.sourceId);
      await this.requireItem(run, citation);
      await insertCitation(run, citation, this.a.journal(run), source.title);
      await this.regrade(run, citation);
      return citation;
    });
  }

  async updateCitation(id: string, patch: unknown): Promise<Citation> {
    this.a.refuseIfReadOnly();
    const audit = this.a.audit();
    return this.a.write(async (run) => {
      const before = await findCitation(run, id);
      const citation = patchedCitation(before, patch, audit);
      await run(q.UPDATE_CITATION, { id, body: JSON.stringify(citation) });
      const { title } = await findSource(run, citation.sourceId);
      this.a
        .journal(run)
        ?.evidence(
          'citation',
          id,
          citationLabel(title, citation),
          JSON.stringify(before),
          JSON.stringify(citation),
        );
      await this.regrade(run, citation);
      return citation;
    });
  }

  async removeCitation(id: string): Promise<void> {
    this.a.refuseIfReadOnly();
    await this.a.write(async (run) => {
      const citation = await findCitation(run, id);
      await run(q.DELETE_CITATION, { id });
      const { title } = await findSource(run, citation.sourceId);
      this.a
        .journal(run)
        ?.evidence('citation', id, citationLabel(title, citation), JSON.stringify(citation), null);
      await this.regrade(run, citation);
    });
  }

  async gradeModes(items: readonly ItemRef[]): Promise<GradeMode[]> {
    return this.a.sessions.read(async (run) => {
      const out: GradeMode[] = [];
      for (const item of items) out.push(await modeOf(run, item));
      return out;
    });
  }

  async setGradeMode(item: ItemRef, mode: GradeMode): Promise<void> {
    this.a.refuseIfReadOnly();
    await this.a.write(async (run) => {
      await this.requireItem(run, item);
      const ref = { itemId: item.itemId, itemKind: item.itemKind };
      if (mode === 'set') await run(q.SET_GRADE, ref);
      else {
        await run(q.UNSET_GRADE, ref);
        await this.regrade(run, item);
      }
    });
  }

  async evidence(): Promise<Evidence> {
    return this.a.sessions.read(async (run) => ({
      sources: bodies(await run(q.LIST_SOURCES))
        .map(sourceFromBody)
        .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)),
      citations: bodies(await run(q.ALL_CITATIONS)).map(citationFromBody),
      gradeSet: (await run(q.ALL_GRADE_SET)).map((row) =>
        parseOrThrow(Evidence.shape.gradeSet.element, { itemKind: row.itemKind, itemId: row.itemId }),
      ),
    }));
  }

  async restoreEvidence(raw: unknown): Promise<{ sources: number; citations: number }> {
    this.a.refuseIfReadOnly();
    const evidence = parseOrThrow(Evidence, raw, 'evidence.');
    return this.a.write((run) => this.restoreEvidenceIn(run, evidence));
  }

  /** restoreEvidence in the caller's transaction (an import writing records and evidence at once). */
  async restoreEvidenceIn(run: Run, evidence: Evidence): Promise<{ sources: number; citations: number }> {
    let sources = 0;
    for (const source of evidence.sources) {
      const imported = source.file ? { ...source, file: { ...source.file, stored: false } } : source;
      const [row] = await run(q.SOURCE_BY_ID, { id: source.id });
      if (!row) {
        await insertSource(run, imported, this.a.journal(run));
        sources += 1;
      } else if (!sameSource(row.body, source) && !sameSource(row.body, imported))
        throw new PlexusError('CONFLICT', `a different source with id ${source.id} is in the case already`, [
          { field: 'id', rule: 'unique', message: `${source.id} already exists` },
        ]);
    }
    let citations = 0;
    for (const citation of evidence.citations) {
      const [stored] = await run(q.CITATION_BY_ID, { id: citation.id });
      if (stored?.body === JSON.stringify(citation)) continue;
      const source = await findSource(run, citation.sourceId);
      await this.requireItem(run, citation);
      await insertCitation(run, citation, this.a.journal(run), source.title);
      citations += 1;
    }
    for (const item of evidence.gradeSet) {
      await this.requireItem(run, item);
      await run(q.SET_GRADE, { itemId: item.itemId, itemKind: item.itemKind });
    }
    return { sources, citations };
  }

  /** Read-only first, so a read-only server answers FORBIDDEN rather than VALIDATION. */
  private checked<T>(make: () => T): T {
    this.a.refuseIfReadOnly();
    return make();
  }

  private async requireItem(run: Run, item: ItemRef): Promise<void> {
    const rows = this.a.rows(run);
    const found =
      item.itemKind === 'entity' ? await rows.entities([item.itemId]) : await rows.links([item.itemId]);
    if (found.length === 0) throw itemNotFound(item.itemKind, item.itemId);
  }

  /** The item takes its derived grade through the store's own update, in this transaction. */
  private async regrade(run: Run, item: ItemRef): Promise<void> {
    const grade = derivedGrade(await citationsOfItem(run, item), await modeOf(run, item));
    const rows = this.a.rows(run);
    const writes = this.a.writes(run);
    const audit = this.a.audit();
    if (item.itemKind === 'entity') {
      const [entity] = await rows.entities([item.itemId]);
      const patch = entity && gradePatch(entity, grade);
      if (patch) await writes.updateEntity(item.itemId, patch, audit);
    } else {
      const [link] = await rows.links([item.itemId]);
      const patch = link && gradePatch(link, grade);
      if (patch) await writes.updateLink(item.itemId, patch, audit);
    }
  }
}

/** Compared as read, so a body of an older version equals its export. */
function sameSource(body: unknown, source: Source): boolean {
  return typeof body === 'string' && JSON.stringify(sourceFromBody(body)) === JSON.stringify(source);
}

async function findSource(run: Run, id: string): Promise<Source> {
  const [row] = await run(q.SOURCE_BY_ID, { id });
  if (typeof row?.body !== 'string') throw sourceNotFound(id);
  return sourceFromBody(row.body);
}

async function findCitation(run: Run, id: string): Promise<Citation> {
  const [row] = await run(q.CITATION_BY_ID, { id });
  if (typeof row?.body !== 'string') throw citationNotFound(id);
  return citationFromBody(row.body);
}

async function citationsOfItem(run: Run, item: ItemRef): Promise<Citation[]> {
  return bodies(await run(q.CITATIONS_OF_ITEM, { itemId: item.itemId, itemKind: item.itemKind })).map(
    citationFromBody,
  );
}

async function modeOf(run: Run, item: ItemRef): Promise<GradeMode> {
  const [row] = await run(q.GRADE_SET, { itemId: item.itemId, itemKind: item.itemKind });
  return Number(row?.n ?? 0) > 0 ? 'set' : 'derived';
}

/** "供述調書 → p-tanaka": the source cited and the item it is cited for, as the case file labels it. */
function citationLabel(sourceTitle: string, citation: Citation): string {
  return `${sourceTitle} → ${citation.itemId}`;
}

async function insertSource(
  run: Run,
  source: Source,
  journal: ServerJournal | undefined,
  content?: string,
): Promise<void> {
  const [taken] = await run(q.SOURCE_BY_ID, { id: source.id });
  if (taken)
    throw new PlexusError('CONFLICT', `a source with id ${source.id} already exists`, [
      { field: 'id', rule: 'unique', message: `${source.id} already exists` },
    ]);
  await run(q.CREATE_SOURCE, { id: source.id, body: JSON.stringify(source) });
  if (content !== undefined) await run(q.CREATE_SOURCE_FILE, { id: source.id, content });
  journal?.evidence('source', source.id, source.title, null, JSON.stringify(source));
}

async function insertCitation(
  run: Run,
  citation: Citation,
  journal: ServerJournal | undefined,
  sourceTitle: string,
): Promise<void> {
  const [taken] = await run(q.CITATION_BY_ID, { id: citation.id });
  if (taken)
    throw new PlexusError('CONFLICT', `a citation with id ${citation.id} already exists`, [
      { field: 'id', rule: 'unique', message: `${citation.id} already exists` },
    ]);
  await run(q.CREATE_CITATION, {
    id: citation.id,
    sourceId: citation.sourceId,
    itemKind: citation.itemKind,
    itemId: citation.itemId,
    body: JSON.stringify(citation),
  });
  journal?.evidence(
    'citation',
    citation.id,
    citationLabel(sourceTitle, citation),
    null,
    JSON.stringify(citation),
  );
}

/**
 * Deletes the citations and "grade set" marks of items being deleted, in their transaction,
 * and answers them so an undo can put them back.
 */
export async function dropEvidence(
  run: Run,
  itemKind: ItemRef['itemKind'],
  items: readonly { id: string }[],
  journal: ServerJournal | undefined,
): Promise<ItemEvidence> {
  if (items.length === 0) return { citations: [], gradeSet: [] };
  const ids = items.map((item) => item.id);
  const citations = bodies(await run(q.DROP_CITATIONS, { ids, itemKind })).map(citationFromBody);
  // Entered as removed with their items, as an undo that puts them back enters them as added.
  if (journal)
    for (const c of citations) {
      const { title } = await findSource(run, c.sourceId);
      journal.evidence('citation', c.id, citationLabel(title, c), JSON.stringify(c), null);
    }
  const gradeSet = (await run(q.DROP_GRADE_SET, { ids, itemKind })).map((row) => ({
    itemKind,
    itemId: String(row.itemId),
  }));
  return { citations, gradeSet };
}

/** Puts a deleted item's evidence back in the restore's transaction (undo): grades stay as restored. */
export async function restoreItemEvidence(
  run: Run,
  evidence: ItemEvidence,
  journal: ServerJournal | undefined,
): Promise<void> {
  for (const citation of evidence.citations) {
    const source = await findSource(run, citation.sourceId);
    await insertCitation(run, citation, journal, source.title);
  }
  for (const item of evidence.gradeSet)
    await run(q.SET_GRADE, { itemId: item.itemId, itemKind: item.itemKind });
}
