/**
 * The shortest-path search moved to graph-schema/analysis/shortest-path.ts, beside the other
 * graph algorithms. This re-export stays only for neo4j/path.ts, which another change is
 * editing at the same time; point that import at the new home and delete this file.
 */
export { BidirectionalSearch, type Step } from '../../../graph-schema/analysis/shortest-path';
