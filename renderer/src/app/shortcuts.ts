/**
 * The one list of keyboard shortcuts: the key handler follows it and the '?' dialog shows it,
 * each as app:shortcuts.<id>.keys and .action in the catalogue.
 */
export const SHORTCUTS = [
  'search',
  'palette',
  'newEntity',
  'newLink',
  'pickResult',
  'expand',
  'chartMenu',
  'drawLink',
  'collapseGroup',
  'keyboardMenu',
  'selectAll',
  'undo',
  'redo',
  'import',
  'save',
  'saveItem',
  'openChart',
  'group',
  'export',
  'print',
  'deleteFromChart',
  'deleteFromCase',
  'escape',
  'help',
] as const;

export const SEARCH_INPUT_ID = 'plexus-search';
