import type { Schema } from '../model/schema';
import type { SchemaLanguage } from '../model/type-definition';
import type { Entity, Link } from '../model/records';
import type { LineDash } from './scene';
import type { ChartStyle, Color, NodeShape } from './style-spec';

/** How one entity is drawn, every rule already applied. */
export interface NodeLook {
  color: Color;
  size: number;
  borderColor: Color;
  borderWidth: number;
  shape: NodeShape;
  /** The type's icon name (Lucide, kebab-case); the renderer maps names to drawings. */
  icon: string;
  /** The icon's colour: readable on `color` (palette.ts glyphColor), on screen and on paper. */
  glyph: Color;
}

/** How one link is drawn. */
export interface LinkLook {
  color: Color;
  width: number;
  dash: LineDash;
  label: string;
  arrow: boolean;
}

/** A legend line: LegendEntry with the icon by name, so this module needs no icon set. */
export type LegendItem =
  | { kind: 'node'; label: string; fill: Color; border: Color; shape: NodeShape; icon: string }
  | { kind: 'link'; label: string; color: Color; dash: LineDash; width: number };

export interface StyleInput {
  schema: Schema;
  style: ChartStyle;
  /** What is on the chart; links are drawn only when both ends are among the entities. */
  entities: readonly Entity[];
  links: readonly Link[];
  /** The words the legend and labels print in (an export's language); English when absent. */
  language?: SchemaLanguage;
}
