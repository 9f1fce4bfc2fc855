import { genericLinkProps } from '../../../../../graph-schema/model/generic-link';
import type { SchemaIndex } from '../../../../../graph-schema/model/schema';
import type { SourcePlace } from '../../../../../graph-schema/contract/io';
import type { ImportRecord } from '../../types';
import {
  LABEL_ATTRIBUTES,
  TYPE_ATTRIBUTES,
  buildFields,
  chooseLinkType,
  matchEntityType,
  namedEntityType,
  takeAttr,
  valueText,
  type Attr,
} from './schema-map';

/** A node or edge as a graph file holds it, before the schema rules in schema-map.ts. */
export interface RawNode {
  key: string;
  /** A label the format keeps outside the attributes (GEXF's label, yEd's NodeLabel). */
  label?: string;
  attrs: Attr[];
  notes?: string[];
  place: SourcePlace;
}

export interface RawEdge {
  source: string;
  target: string;
  label?: string;
  /** What the file says about this edge's direction. */
  directed: boolean;
  attrs: Attr[];
  notes?: string[];
  place: SourcePlace;
}

/** Turns raw nodes and edges into records, remembering each key's type for link choice. */
export class GraphItems {
  private readonly types = new Map<string, string>();

  constructor(
    private readonly index: SchemaIndex,
    private readonly defaultEntityType: string,
  ) {}

  entity(node: RawNode): ImportRecord {
    const attrs = [...node.attrs];
    const typeAttr = takeAttr(attrs, TYPE_ATTRIBUTES);
    const matched = typeAttr ? matchEntityType(this.index, valueText(typeAttr.value)) : undefined;
    // Kept as a notes line unless it names the schema type itself: "Federal Agency" says more
    // than the Organization it maps to.
    if (typeAttr && !namedEntityType(this.index, valueText(typeAttr.value))) attrs.unshift(typeAttr);
    const type = matched ?? this.defaultEntityType;
    let label = node.label;
    if (label === undefined || label.trim() === '') {
      const named = takeAttr(attrs, LABEL_ATTRIBUTES);
      label = named ? valueText(named.value) : undefined;
    }
    if (label === undefined || label.trim() === '') label = node.key;
    this.types.set(node.key, type);
    const def = this.index.entityType(type);
    const fields = buildFields('entity', def?.properties ?? [], attrs, node.notes);
    return { kind: 'entity', key: node.key, input: { type, label, ...fields }, place: node.place };
  }

  link(edge: RawEdge): ImportRecord {
    const attrs = [...edge.attrs];
    const typeAttr = takeAttr(attrs, TYPE_ATTRIBUTES);
    const word = typeAttr ? valueText(typeAttr.value) : undefined;
    const chosen = chooseLinkType(this.index, word, this.types.get(edge.source), this.types.get(edge.target));
    const type = chosen.type;
    let label = edge.label;
    if (label === undefined) {
      const labelAttr = takeAttr(attrs, ['label']);
      label = labelAttr ? valueText(labelAttr.value) : undefined;
    }
    const def = this.index.linkType(type);
    const notes = [...(edge.notes ?? [])];
    // The type carries the direction; where the file says otherwise, say so in notes.
    if (def && def.directed !== edge.directed) notes.push(`directed: ${edge.directed}`);
    const fields = buildFields('link', def?.properties ?? [], attrs, notes);
    // The file's own word for a type the schema does not know (or that does not fit the ends).
    if (chosen.word !== undefined)
      fields.props = { ...(fields.props as object), ...genericLinkProps(chosen.word) };
    return {
      kind: 'link',
      sourceKey: edge.source,
      targetKey: edge.target,
      input: { type, ...(label === undefined ? {} : { label }), ...fields },
      place: edge.place,
    };
  }
}
