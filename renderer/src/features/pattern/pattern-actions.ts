import type { Action } from '../action-table';
import { openPatternDialog } from '../../stores/pattern-store';

/** Pattern search…: in the palette and wherever the action table is read. */
export const PATTERN_ACTIONS: readonly Action[] = [
  { id: 'patternSearch', name: 'pattern:action', icon: 'search-around', run: () => void openPatternDialog() },
];
