import { useTranslation } from 'react-i18next';
import { glyphColor } from '../../../../graph-schema/chart/palette';
import type { LegendItem } from '../../../../graph-schema/chart/style-looks';
import { TypeIcon } from '../../ui/TypeIcon';
import './chart-style.css';

const DASH: Record<'solid' | 'dashed' | 'dotted', string | undefined> = {
  solid: undefined,
  dashed: '6 4',
  dotted: '1.5 3',
};

const SHAPE_RADIUS: Record<string, string> = {
  ellipse: '50%',
  'round-rectangle': '4px',
  diamond: '2px',
  hexagon: '3px',
};

/** A swatch of a node look: fill, border, shape, the icon in the colour that reads on the fill. */
function NodeSwatch({ item }: { item: Extract<LegendItem, { kind: 'node' }> }) {
  return (
    <span
      className="legend-node"
      aria-hidden
      style={{
        background: item.fill,
        borderColor: item.border,
        borderRadius: SHAPE_RADIUS[item.shape] ?? '50%',
        transform: item.shape === 'diamond' ? 'rotate(45deg) scale(0.8)' : undefined,
      }}
    >
      <span style={{ transform: item.shape === 'diamond' ? 'rotate(-45deg)' : undefined }}>
        <TypeIcon icon={item.icon} color={glyphColor(item.fill)} size={11} />
      </span>
    </span>
  );
}

function LinkSwatch({ item }: { item: Extract<LegendItem, { kind: 'link' }> }) {
  return (
    <svg className="legend-link" width="28" height="12" aria-hidden>
      <line
        x1="1"
        y1="6"
        x2="27"
        y2="6"
        stroke={item.color}
        strokeWidth={Math.min(item.width, 8)}
        strokeDasharray={DASH[item.dash]}
        strokeLinecap={item.dash === 'dotted' ? 'round' : 'butt'}
      />
    </svg>
  );
}

/** The chart's legend: only what is in use, as evaluateStyle listed it. */
export function Legend({ items }: { items: readonly LegendItem[] }) {
  const { t } = useTranslation('chartStyle');
  if (items.length === 0) return null;
  return (
    <ul className="chart-legend" aria-label={t('legend')}>
      {items.map((item, i) => (
        <li key={`${item.kind}-${item.label}-${i}`}>
          {item.kind === 'node' ? <NodeSwatch item={item} /> : <LinkSwatch item={item} />}
          <span className="legend-label">{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
