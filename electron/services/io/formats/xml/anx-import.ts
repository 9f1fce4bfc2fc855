import { basename } from 'node:path';
import type { RejectReason } from '../../../../../graph-schema/contract/io';
import type { ImportRecord, Importer, ReadOptions } from '../../types';
import { fromI2Type, isCanonicalI2Name } from './anx-types';
import { GraphItems } from './graph-items';
import { describe, runXml, type XmlHandler } from './run';
import { defaultEntityType, type Attr } from './schema-map';
import type { XmlEvent } from './xml-reader';

/**
 * i2 Analyst's Notebook chart XML (.anx). Each ChartItem holds an End/Entity (an entity) or a
 * Link (End1Id/End2Id naming entity ids). Entity ids are display names, used as keys exactly:
 * "Smith, J" and "SMITH, J" are two keys. Duplicate and reciprocal links stay separate links.
 * Types map through anx-types.ts; the link's i2 type is matched against the schema's link
 * types by name or label and otherwise kept as a `type: NAME` notes line. Arrows give the
 * direction: ArrowOnTail swaps the ends, ArrowOnBoth is undirected with an `arrows: both`
 * line. The chart position (End X,Y) is kept as `position: x,y`; the Description is the
 * notes; cards become `card: ...` lines; i2 attributes are read like any other attribute.
 * Drawing settings (colours, line widths, grade indexes into the chart's own tables) are
 * not data and are not imported.
 */

interface OpenChartItem {
  a: Record<string, string>;
  line: number;
  end: Record<string, string> | undefined;
  entity: Record<string, string> | undefined;
  i2Type: string | undefined;
  link: Record<string, string> | undefined;
  linkStyle: Record<string, string> | undefined;
  attrs: Attr[];
  cards: string[];
}

function cardLine(a: Record<string, string>): string {
  const text = [a.Summary, a.Text].filter((t) => t !== undefined && t !== '').join(' — ');
  const extra = [
    a.SourceReference ? `source: ${a.SourceReference}` : undefined,
    a.SourceType ? `source type: ${a.SourceType}` : undefined,
    a.DateTime && a.DateSet !== 'false' ? `date: ${a.DateTime}` : undefined,
  ].filter((t): t is string => t !== undefined);
  return `card: ${text}${extra.length > 0 ? ` (${extra.join(', ')})` : ''}`;
}

class AnxHandler implements XmlHandler {
  private item: OpenChartItem | undefined;

  constructor(
    private readonly file: string,
    private readonly graph: GraphItems,
  ) {}

  onEvent(event: XmlEvent, out: ImportRecord[]): void {
    if (event.kind === 'open') this.open(event);
    else if (event.kind === 'close' && event.name === 'ChartItem' && this.item) {
      out.push(this.finish(this.item));
      this.item = undefined;
    }
  }

  private open(event: Extract<XmlEvent, { kind: 'open' }>): void {
    const a = event.attrs;
    if (event.name === 'ChartItem') {
      this.item = {
        a,
        line: event.line,
        end: undefined,
        entity: undefined,
        i2Type: undefined,
        link: undefined,
        linkStyle: undefined,
        attrs: [],
        cards: [],
      };
      return;
    }
    const item = this.item;
    if (!item) return;
    if (event.name === 'End') item.end = a;
    else if (event.name === 'Entity') item.entity = a;
    else if (event.name === 'Link') item.link = a;
    else if (event.name === 'LinkStyle') item.linkStyle = a;
    else if (event.name === 'Card') item.cards.push(cardLine(a));
    else if (event.name === 'Attribute' && a.AttributeClass !== undefined)
      item.attrs.push({ name: a.AttributeClass, value: a.Value ?? '' });
    // IconStyle, ThemeStyle, BoxStyle...: whichever representation the entity is drawn as.
    else if (item.entity && item.i2Type === undefined && event.name.endsWith('Style') && a.Type)
      item.i2Type = a.Type;
  }

  private common(item: OpenChartItem): { attrs: Attr[]; notes: string[] } {
    const attrs: Attr[] = [];
    if (item.a.Description) attrs.push({ name: 'notes', value: item.a.Description });
    if (item.a.DateSet === 'true' && item.a.DateTime) {
      attrs.push({ name: 'validFrom', value: item.a.DateTime.slice(0, 10) });
    }
    const notes = item.a.TimeSet === 'true' && item.a.DateTime ? [`date: ${item.a.DateTime}`] : [];
    return { attrs, notes };
  }

  private finish(item: OpenChartItem): ImportRecord {
    const label = item.a.Label;
    const element = describe('ChartItem', label);
    const place = { file: this.file, line: item.line, element };
    const reject = (field: string, message: string, reason: RejectReason): ImportRecord => ({
      kind: 'reject',
      place: { ...place, field },
      message: `${this.file}: line ${item.line}, element ${element}: field ${field}: ${message}`,
      reason,
    });
    const missing = (field: string, message: string) =>
      reject(field, message, { code: 'fieldMissing', params: { field } });
    const { attrs, notes } = this.common(item);
    if (item.entity) {
      const key = item.entity.EntityId ?? item.entity.Identity;
      if (!key) return missing('EntityId', 'an entity needs an EntityId or Identity');
      const typed: Attr[] = [];
      const row = item.i2Type === undefined ? undefined : fromI2Type(item.i2Type);
      if (row) {
        typed.push({ name: 'type', value: row.type });
        for (const [name, value] of Object.entries(row.props ?? {})) typed.push({ name, value });
      }
      if (item.i2Type !== undefined && (!row || !isCanonicalI2Name(item.i2Type, row)))
        notes.push(`i2 type: ${item.i2Type}`);
      const identity = item.entity.Identity;
      if (identity !== undefined && identity !== (label ?? key) && identity !== key)
        notes.push(`identity: ${identity}`);
      if (item.end?.X !== undefined && item.end.Y !== undefined)
        notes.push(`position: ${item.end.X},${item.end.Y}`);
      notes.push(...item.cards);
      const nodeLabel = label === undefined || label.trim() === '' ? (identity ?? key) : label;
      return this.graph.entity({
        key,
        label: nodeLabel,
        attrs: [...typed, ...attrs, ...item.attrs],
        notes,
        place,
      });
    }
    if (item.link) {
      const { End1Id: end1, End2Id: end2 } = item.link;
      if (!end1) return missing('End1Id', 'a link needs End1Id');
      if (!end2) return missing('End2Id', 'a link needs End2Id');
      const arrows = item.linkStyle?.ArrowStyle ?? 'ArrowNone';
      if (arrows === 'ArrowOnBoth') notes.push('arrows: both');
      const swap = arrows === 'ArrowOnTail';
      const typeAttrs: Attr[] = item.linkStyle?.Type ? [{ name: 'type', value: item.linkStyle.Type }] : [];
      return this.graph.link({
        source: swap ? end2 : end1,
        target: swap ? end1 : end2,
        ...(label === undefined ? {} : { label }),
        directed: arrows === 'ArrowOnHead' || arrows === 'ArrowOnTail',
        attrs: [...typeAttrs, ...attrs, ...item.attrs],
        notes: [...notes, ...item.cards],
        place,
      });
    }
    return reject('ChartItem', 'neither an entity (End) nor a link', { code: 'notEntityOrLink' });
  }
}

export const anxImporter: Importer = {
  format: 'anx',
  extensions: ['anx'],
  sniff: (head) => /<Chart[\s>]/.test(head.toString('latin1').replace(/\0/g, '')),
  read(path: string, options: ReadOptions): AsyncIterable<ImportRecord> {
    const items = new GraphItems(options.schema, defaultEntityType(options.mapping));
    return runXml(path, options, new AnxHandler(basename(path), items));
  },
};
