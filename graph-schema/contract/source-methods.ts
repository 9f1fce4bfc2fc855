import { z } from 'zod';
import { Id } from '../model/records';
import {
  Citation,
  CitationInput,
  CitationPatch,
  GradeMode,
  ItemKind,
  Source,
  SourceInput,
  SourcePatch,
} from '../model/sources';
import { graph, None, type MethodSpec } from './method-spec';

export const ItemRef = z.strictObject({ itemKind: ItemKind, itemId: Id });
export type ItemRef = z.infer<typeof ItemRef>;

const writes = [...graph, 'NOT_FOUND', 'FORBIDDEN'] as const;

/** Sources and citations (issue 12): the evidence behind entities, links and single fields. */
export const sourceMethods = {
  listSources: {
    summary: "The case's sources by title.",
    request: None,
    response: z.array(Source),
    errors: graph,
  },
  createSource: {
    summary:
      'Add a source: title, origin, date of information, optionally a file (its SHA-256, and its bytes if kept in the case).',
    request: z.strictObject({ source: SourceInput }),
    response: Source,
    errors: [...graph, 'CONFLICT', 'FORBIDDEN'],
  },
  updateSource: {
    summary: "Change a source's title, origin or date of information (its file never changes).",
    request: z.strictObject({ id: Id, patch: SourcePatch }),
    response: Source,
    errors: writes,
  },
  deleteSource: {
    summary: 'Delete a source; CONFLICT while anything cites it.',
    request: z.strictObject({ id: Id }),
    response: z.strictObject({ deleted: z.literal(true) }),
    errors: [...writes, 'CONFLICT'],
  },
  listCitations: {
    summary: "The citations of some items, and whether each item's grade is derived from them or set.",
    request: z.strictObject({ items: z.array(ItemRef).max(1000) }),
    response: z.strictObject({ citations: z.array(Citation), gradeModes: z.array(GradeMode) }),
    errors: graph,
  },
  citeSource: {
    summary:
      "Cite a source for an item or one of its fields, with a grade and a note; the item's grade follows unless set.",
    request: z.strictObject({ citation: CitationInput }),
    response: Citation,
    errors: [...writes, 'CONFLICT'],
  },
  updateCitation: {
    summary: "Change a citation's field, grade or note.",
    request: z.strictObject({ id: Id, patch: CitationPatch }),
    response: Citation,
    errors: writes,
  },
  removeCitation: {
    summary: 'Remove a citation.',
    request: z.strictObject({ id: Id }),
    response: z.strictObject({ removed: z.literal(true) }),
    errors: writes,
  },
  setGradeMode: {
    summary:
      "'set' keeps the item's grade as the analyst set it; 'derived' grades it from its best citation.",
    request: z.strictObject({ item: ItemRef, mode: GradeMode }),
    response: z.strictObject({ mode: GradeMode }),
    errors: writes,
  },
} as const satisfies Record<string, MethodSpec>;
