import { z } from 'zod';
import { Classification, Confidence, Credibility, Reliability } from './grading';
import { PartialDate } from './partial-date';

/**
 * Entities and links as stored and as they cross every boundary: plain JSON data.
 * Type-specific properties live in `props` and are checked against the type definition
 * (see validate.ts); everything here is common to every type.
 */

export const Id = z.string().min(1).max(200);
export type Id = z.infer<typeof Id>;

/** A property value; which one is allowed depends on the property's kind. */
export const PropValue = z.union([z.string(), z.number(), z.boolean()]);
export type PropValue = z.infer<typeof PropValue>;
export const Props = z.record(z.string(), PropValue);
export type Props = z.infer<typeof Props>;

/** Fields shared by entities and links: provenance, grading, marking, validity in time. */
const itemFields = {
  label: z.string(),
  notes: z.string(),
  /** When the fact was true; partial dates allowed. */
  validFrom: PartialDate.nullable(),
  validTo: PartialDate.nullable(),
  confidence: Confidence,
  reliability: Reliability,
  credibility: Credibility,
  classification: Classification,
  props: Props,
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
};

export const Entity = z.strictObject({
  id: Id,
  type: z.string(),
  aliases: z.array(z.string()),
  ...itemFields,
});
export type Entity = z.infer<typeof Entity>;

export const Link = z.strictObject({
  id: Id,
  type: z.string(),
  /** The entity the link starts from; for undirected types the order carries no meaning. */
  source: Id,
  target: Id,
  ...itemFields,
});
export type Link = z.infer<typeof Link>;

/** Editable fields, as a user or an importer gives them. Defaults fill the rest. */
const editableFields = {
  label: z.string(),
  notes: z.string().optional(),
  validFrom: PartialDate.nullable().optional(),
  validTo: PartialDate.nullable().optional(),
  confidence: Confidence.optional(),
  reliability: Reliability.optional(),
  credibility: Credibility.optional(),
  classification: Classification.optional(),
  props: Props.optional(),
};

export const EntityInput = z.strictObject({
  /** Given when restoring (undo) or importing; generated otherwise. */
  id: Id.optional(),
  type: z.string().min(1),
  aliases: z.array(z.string()).optional(),
  ...editableFields,
});
export type EntityInput = z.input<typeof EntityInput>;

export const LinkInput = z.strictObject({
  id: Id.optional(),
  type: z.string().min(1),
  source: Id,
  target: Id,
  ...editableFields,
  /** A link's label defaults to its type's label. */
  label: z.string().optional(),
});
export type LinkInput = z.input<typeof LinkInput>;

/** A patch replaces the fields it names; `props` replaces the whole property map. */
export const EntityPatch = EntityInput.omit({ id: true, type: true }).partial();
export type EntityPatch = z.input<typeof EntityPatch>;
export const LinkPatch = LinkInput.omit({ id: true, type: true, source: true, target: true }).partial();
export type LinkPatch = z.input<typeof LinkPatch>;

export const DEFAULT_GRADING = {
  confidence: 'probable',
  reliability: 'F',
  credibility: '6',
  classification: 'UNCLASSIFIED',
} as const satisfies Pick<Entity, 'confidence' | 'reliability' | 'credibility' | 'classification'>;
