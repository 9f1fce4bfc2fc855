import type { EntityInput, LinkInput } from '../../../graph-schema/model/records';
import { mulberry32 } from '../generate';

const TYPES = ['Person', 'Company', 'Organization', 'Location', 'Asset', 'Document'] as const;

export interface RenderGraph {
  entities: EntityInput[];
  links: LinkInput[];
  /** Where each entity is drawn, by id: the same in the app and on the bare page. */
  positions: Record<string, { x: number; y: number }>;
}

/**
 * A chart as a force layout leaves it, without running one: n entities on a jittered grid 90
 * apart, m links, 80 % of them to a node a few cells away, the rest to a random node picked
 * half the time among the first 2 % (hubs with long links across the chart). Seeded: the
 * app and the bare page draw the same chart.
 */
export function renderGraph(n: number, m: number, seed = 23): RenderGraph {
  const rand = mulberry32(seed);
  const side = Math.ceil(Math.sqrt(n));
  const spacing = 90;
  const entities: EntityInput[] = [];
  const positions: RenderGraph['positions'] = {};
  for (let i = 0; i < n; i++) {
    const id = `e${i}`;
    entities.push({
      id,
      type: TYPES[i % TYPES.length] ?? 'Person',
      label: `Entity ${i}`,
      confidence: 'confirmed',
    });
    positions[id] = {
      x: (i % side) * spacing + (rand() - 0.5) * spacing * 0.6,
      y: Math.floor(i / side) * spacing + (rand() - 0.5) * spacing * 0.6,
    };
  }
  const links: LinkInput[] = [];
  const seen = new Set<string>();
  const hubs = Math.max(1, Math.ceil(n * 0.02));
  while (links.length < m) {
    const a = Math.floor(rand() * n);
    let b: number;
    if (rand() < 0.8) {
      const dx = Math.round((rand() - 0.5) * 6);
      const dy = Math.round((rand() - 0.5) * 6);
      b = a + dx + dy * side;
    } else b = rand() < 0.5 ? Math.floor(rand() * hubs) : Math.floor(rand() * n);
    if (b < 0 || b >= n || b === a) continue;
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({
      id: `l${links.length}`,
      type: 'LINKED_TO',
      source: `e${a}`,
      target: `e${b}`,
      label: 'linked to',
      confidence: links.length % 3 === 0 ? 'probable' : 'confirmed',
    });
  }
  return { entities, links, positions };
}
