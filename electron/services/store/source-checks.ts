import { createHash, randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { PlexusError, placesFromZod, validationError } from '../../../graph-schema/model/errors';
import { formatGrade, type Grade } from '../../../graph-schema/model/grade-order';
import type { Entity, Link } from '../../../graph-schema/model/records';
import {
  type Citation,
  CitationInput,
  CitationPatch,
  ItemEvidence,
  type Source,
  SourceInput,
  SourcePatch,
  type RemovedItems,
} from '../../../graph-schema/model/sources';
import type { Items } from '../../../graph-schema/model/queries';
import { CITATION_BODY, SOURCE_BODY } from '../../../graph-schema/migrations/bodies';
import { readStoredBody } from '../../../graph-schema/model/stored-body';
import { DOCUMENT_TYPE, isDocument } from '../../../graph-schema/model/document-source';
import { nextStamp, type Audit } from './write-checks';

/** Checks and record-building shared by both stores' sources and citations. */

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, prefix = ''): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(placesFromZod(result.error, prefix));
  return result.data;
}

export function sourceNotFound(id: string): PlexusError {
  return new PlexusError('NOT_FOUND', `no source with id ${id}`, [
    { field: 'sourceId', message: `${id} not found` },
  ]);
}

export function citationNotFound(id: string): PlexusError {
  return new PlexusError('NOT_FOUND', `no citation with id ${id}`, [
    { field: 'id', message: `${id} not found` },
  ]);
}

export function itemNotFound(kind: 'entity' | 'link', id: string): PlexusError {
  return new PlexusError('NOT_FOUND', `no ${kind} with id ${id} to cite`, [
    { field: 'itemId', message: `${id} not found` },
  ]);
}

/** Deleting a cited source would leave claims pointing at nothing: refused, saying what cites it. */
export function sourceStillCited(source: Source, citations: number): PlexusError {
  return new PlexusError(
    'CONFLICT',
    `source "${source.title}" is cited ${citations} time${citations === 1 ? '' : 's'}; remove those citations first`,
    [{ field: 'id', rule: 'cited', message: `${source.id} is cited` }],
  );
}

/**
 * A source may stand for a Document entity of the case, and for each at most one, so "Use as
 * source" always finds the same one. `document` is the entity as the store holds it.
 */
export function checkDocumentSource(
  documentId: string,
  document: Pick<Entity, 'type'> | undefined,
  sources: readonly Source[],
): void {
  if (document === undefined)
    throw new PlexusError('NOT_FOUND', `no entity with id ${documentId} to stand as a source`, [
      { field: 'documentId', message: `${documentId} not found` },
    ]);
  if (!isDocument(document))
    throw validationError([
      {
        field: 'documentId',
        rule: 'document',
        message: `${documentId} is a ${document.type}, not a ${DOCUMENT_TYPE}`,
      },
    ]);
  const taken = sources.find((s) => s.documentId === documentId);
  if (taken)
    throw new PlexusError('CONFLICT', `source "${taken.title}" stands for document ${documentId} already`, [
      { field: 'documentId', rule: 'unique', message: `${taken.id} stands for ${documentId}` },
    ]);
}

export interface NewSource {
  source: Source;
  /** The file's bytes when the case keeps them. */
  content?: Buffer;
}

/** A new source from its input; stored bytes must hash to the fingerprint given. */
export function newSource(input: unknown, audit: Audit): NewSource {
  const parsed = parseOrThrow(SourceInput, input);
  let content: Buffer | undefined;
  if (parsed.file?.content !== undefined) {
    content = Buffer.from(parsed.file.content, 'base64');
    const sha256 = createHash('sha256').update(content).digest('hex');
    if (sha256 !== parsed.file.sha256 || content.length !== parsed.file.size)
      throw validationError([
        { field: 'file.content', message: `the bytes do not match the file's SHA-256 ${parsed.file.sha256}` },
      ]);
  }
  const source: Source = {
    id: parsed.id ?? randomUUID(),
    title: parsed.title,
    origin: parsed.origin ?? '',
    informationDate: parsed.informationDate ?? null,
    file: parsed.file
      ? {
          name: parsed.file.name,
          sha256: parsed.file.sha256,
          size: parsed.file.size,
          stored: content !== undefined,
        }
      : null,
    documentId: parsed.documentId ?? null,
    createdAt: audit.now,
    createdBy: audit.actor,
    updatedAt: audit.now,
    updatedBy: audit.actor,
  };
  return content ? { source, content } : { source };
}

export function patchedSource(stored: Source, patch: unknown, audit: Audit): Source {
  const p = parseOrThrow(SourcePatch, patch);
  return {
    ...stored,
    ...(p.title !== undefined ? { title: p.title } : {}),
    ...(p.origin !== undefined ? { origin: p.origin } : {}),
    ...(p.informationDate !== undefined ? { informationDate: p.informationDate } : {}),
    updatedAt: nextStamp(stored.updatedAt, audit.now),
    updatedBy: audit.actor,
  };
}

export function newCitation(input: unknown, audit: Audit): Citation {
  const p = parseOrThrow(CitationInput, input);
  return {
    id: p.id ?? randomUUID(),
    sourceId: p.sourceId,
    itemKind: p.itemKind,
    itemId: p.itemId,
    field: p.field ?? null,
    reliability: p.reliability,
    credibility: p.credibility,
    note: p.note ?? '',
    createdAt: audit.now,
    createdBy: audit.actor,
    updatedAt: audit.now,
    updatedBy: audit.actor,
  };
}

export function patchedCitation(stored: Citation, patch: unknown, audit: Audit): Citation {
  const p = parseOrThrow(CitationPatch, patch);
  return {
    ...stored,
    ...(p.field !== undefined ? { field: p.field } : {}),
    ...(p.reliability !== undefined ? { reliability: p.reliability } : {}),
    ...(p.credibility !== undefined ? { credibility: p.credibility } : {}),
    ...(p.note !== undefined ? { note: p.note } : {}),
    updatedAt: nextStamp(stored.updatedAt, audit.now),
    updatedBy: audit.actor,
  };
}

/**
 * A stored body with no version or id beside it (Neo4j's nodes): version 1, named in a refusal
 * by the id it holds. The case file reads its rows with readStoredBody and their own columns.
 */
export function sourceFromBody(body: string): Source {
  return readStoredBody(SOURCE_BODY, () => idInBody(body), undefined, body);
}

export function citationFromBody(body: string): Citation {
  return readStoredBody(CITATION_BODY, () => idInBody(body), undefined, body);
}

function idInBody(body: string): string {
  try {
    const id = (JSON.parse(body) as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? id : '(no id)';
  } catch {
    return '(no id)';
  }
}

/** The patch that brings an item to its derived grade, or undefined when it carries it already. */
export function gradePatch(item: Entity | Link, grade: Grade | undefined): Grade | undefined {
  if (!grade || formatGrade(grade) === formatGrade(item)) return undefined;
  return grade;
}

/**
 * The evidence handed back with restored items (undo of a delete), checked: each citation and
 * fixed grade must name one of those items, so a restore cannot attach evidence elsewhere
 * without the grade that citing derives. Undefined when there is none.
 */
export function evidenceOfRestored(items: RemovedItems): ItemEvidence | undefined {
  if (items.evidence === undefined) return undefined;
  const evidence = parseOrThrow(ItemEvidence, items.evidence, 'evidence.');
  const restored = new Set([
    ...items.entities.map((e) => `entity:${e.id}`),
    ...items.links.map((l) => `link:${l.id}`),
  ]);
  const stray = [...evidence.citations, ...evidence.gradeSet].find(
    (ref) => !restored.has(`${ref.itemKind}:${ref.itemId}`),
  );
  if (stray)
    throw validationError([
      {
        field: 'evidence.itemId',
        rule: 'restored',
        message: `${stray.itemKind} ${stray.itemId} is not among the restored items`,
      },
    ]);
  return evidence.citations.length + evidence.gradeSet.length > 0 ? evidence : undefined;
}

/** Items as a delete answers them: the evidence key only when the items had some. */
export function withEvidence(items: Items, evidence: ItemEvidence): RemovedItems {
  return evidence.citations.length + evidence.gradeSet.length > 0 ? { ...items, evidence } : items;
}
