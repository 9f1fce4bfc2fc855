import { z } from 'zod';
import { Credibility, Reliability } from './grading';
import { bestGrade, type Grade } from './grade-order';
import { PartialDate } from './partial-date';
import { Id } from './records';
import { Items } from './queries';

/**
 * Evidence: where a claim came from. A source is a document or report the case relies on; a
 * citation ties one item (an entity or a link, or one field of it) to a source, with its own
 * Admiralty grade and a note. Both are kept beside the records, never inside their bodies, so
 * an item's body stays what the analyst wrote and a source can be cited by many items.
 */

const SHA256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 as 64 lower-case hex digits');

/** A file behind a source: its fingerprint always, its bytes only when kept inside the case. */
export const SourceFile = z.strictObject({
  name: z.string().min(1).max(500),
  sha256: SHA256,
  size: z.number().int().nonnegative(),
  /** True when the case holds the bytes (sourceFile answers them); false: only the fingerprint. */
  stored: z.boolean(),
});
export type SourceFile = z.infer<typeof SourceFile>;

export const Source = z.strictObject({
  id: Id,
  title: z.string().min(1).max(500),
  /** Who or what it came from: an agency, a witness, a URL, a seized device. */
  origin: z.string().max(2000),
  /** When the information was true or reported, which is rarely when it was entered. */
  informationDate: PartialDate.nullable(),
  file: SourceFile.nullable(),
  /**
   * The Document entity of the case this source stands for, or null. Kept when the Document is
   * deleted (the source keeps its own title and date, so what cites it still reads; an undo of
   * the delete ties them again).
   */
  documentId: Id.nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Source = z.infer<typeof Source>;

/** Base64 of the file's bytes, at most 64 MiB of them: a case file is not an archive. */
export const MAX_STORED_FILE_BYTES = 64 * 1024 * 1024;
const Base64 = z
  .string()
  .max(Math.ceil(MAX_STORED_FILE_BYTES / 3) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');

export const SourceInput = z.strictObject({
  id: Id.optional(),
  title: Source.shape.title,
  origin: Source.shape.origin.optional(),
  informationDate: PartialDate.nullable().optional(),
  /** The file's fingerprint; with `content` the store checks the bytes match it and keeps them. */
  file: z
    .strictObject({
      name: SourceFile.shape.name,
      sha256: SHA256,
      size: SourceFile.shape.size,
      content: Base64.optional(),
    })
    .nullable()
    .optional(),
  /** A Document entity of the case; at most one source stands for each. */
  documentId: Id.nullable().optional(),
});
export type SourceInput = z.input<typeof SourceInput>;

/** Title, origin and date may change; the file may not (evidence stays what was cited). */
export const SourcePatch = SourceInput.pick({ title: true, origin: true, informationDate: true }).partial();
export type SourcePatch = z.input<typeof SourcePatch>;

export const ITEM_KINDS = ['entity', 'link'] as const;
export const ItemKind = z.enum(ITEM_KINDS);
export type ItemKind = z.infer<typeof ItemKind>;

/** A field of an item: 'label', 'notes', 'validFrom', 'aliases' or 'props.<name>'. */
export const CitedField = z
  .string()
  .regex(/^(label|notes|validFrom|validTo|aliases|props\.[^\s]{1,200})$/, 'must name a field of the item');

export const Citation = z.strictObject({
  id: Id,
  sourceId: Id,
  itemKind: ItemKind,
  itemId: Id,
  /** Null: the citation backs the whole item. */
  field: CitedField.nullable(),
  reliability: Reliability,
  credibility: Credibility,
  note: z.string().max(10_000),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Citation = z.infer<typeof Citation>;

export const CitationInput = z.strictObject({
  id: Id.optional(),
  sourceId: Id,
  itemKind: ItemKind,
  itemId: Id,
  field: CitedField.nullable().optional(),
  /** F6, "cannot be judged", unless the analyst grades it. */
  reliability: Reliability.default('F'),
  credibility: Credibility.default('6'),
  note: Citation.shape.note.optional(),
});
export type CitationInput = z.input<typeof CitationInput>;

export const CitationPatch = CitationInput.pick({
  field: true,
  reliability: true,
  credibility: true,
  note: true,
}).partial();
export type CitationPatch = z.input<typeof CitationPatch>;

/**
 * 'derived': the item's reliability and credibility follow its best citation. 'set': the analyst
 * fixed them and citations leave them alone. Items are 'derived' until set otherwise.
 */
export const GRADE_MODES = ['derived', 'set'] as const;
export const GradeMode = z.enum(GRADE_MODES);
export type GradeMode = z.infer<typeof GradeMode>;

/**
 * The grade an item should carry after its citations changed, or undefined to leave it as it is
 * (the analyst set it, or nothing cites it: there is nothing to derive from).
 */
export function derivedGrade(citations: Iterable<Grade>, mode: GradeMode): Grade | undefined {
  return mode === 'set' ? undefined : bestGrade(citations);
}

/** An item a citation or a fixed grade names. */
const ItemRefShape = z.strictObject({ itemKind: ItemKind, itemId: Id });

/** What native JSON and a transfer carry: the sources and every citation, plus the fixed grades. */
export const Evidence = z.strictObject({
  /** Files written before sources could stand for a Document carry no documentId: none. */
  sources: z.array(Source.extend({ documentId: Source.shape.documentId.default(null) })),
  citations: z.array(Citation),
  /** Items whose grade the analyst set ('set'); every other item is derived. */
  gradeSet: z.array(ItemRefShape),
});
export type Evidence = z.infer<typeof Evidence>;

/**
 * The evidence a delete took with its items (their citations and fixed-grade marks; sources
 * stay in the case), handed back with them so an undo puts the items back as they were.
 */
export const ItemEvidence = z.strictObject({
  citations: z.array(Citation),
  gradeSet: z.array(ItemRefShape),
});
export type ItemEvidence = z.infer<typeof ItemEvidence>;

/** Items as a delete answers them and an undo puts them back: with their evidence, if any. */
export const RemovedItems = Items.extend({ evidence: ItemEvidence.optional() });
export type RemovedItems = z.infer<typeof RemovedItems>;

/** Two deletes' answers as one, for one undo of both (an entity delete, then the links left). */
export function joinRemoved(a: RemovedItems, b: RemovedItems): RemovedItems {
  const items = { entities: [...a.entities, ...b.entities], links: [...a.links, ...b.links] };
  if (!a.evidence && !b.evidence) return items;
  return {
    ...items,
    evidence: {
      citations: [...(a.evidence?.citations ?? []), ...(b.evidence?.citations ?? [])],
      gradeSet: [...(a.evidence?.gradeSet ?? []), ...(b.evidence?.gradeSet ?? [])],
    },
  };
}

type AuditFields = 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy';

/**
 * Evidence an import read from a file that carries it (STIX external references, FtM
 * Documentation), ids resolved by the import engine and checked against Source and Citation
 * already: the store stamps the audit fields and writes it in the import's transaction.
 * `sources` holds only sources new to the case; citations may name those or the case's own.
 */
export interface PreparedEvidence {
  /** An imported source stands for no Document entity of the case. */
  sources: Omit<Source, AuditFields | 'documentId'>[];
  citations: Omit<Citation, AuditFields>[];
}

/** PreparedEvidence as the case keeps it: written now, by the importing analyst. */
export function stampEvidence(evidence: PreparedEvidence, now: string, actor: string): Evidence {
  const stamp = { createdAt: now, createdBy: actor, updatedAt: now, updatedBy: actor };
  return Evidence.parse({
    sources: evidence.sources.map((s) => ({ ...s, documentId: null, ...stamp })),
    citations: evidence.citations.map((c) => ({ ...c, ...stamp })),
    gradeSet: [],
  });
}
