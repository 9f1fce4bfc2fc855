/** The one list of keyboard shortcuts: the key handler follows it and the '?' dialog shows it. */
export const SHORTCUTS: readonly { keys: string; action: string }[] = [
  { keys: 'Ctrl+K or /', action: 'Search the case' },
  { keys: '↑ ↓ then Enter', action: 'Pick a search result or menu item' },
  { keys: 'Double-click', action: 'Expand an entity by one hop' },
  { keys: 'Right-click', action: 'Chart menu: expand, find path, new link, pin, group, hide, delete' },
  { keys: 'Drag a node’s link handle', action: 'Draw a link to another node (Escape cancels)' },
  { keys: 'Double-click a group', action: 'Collapse it to one node, or expand it again' },
  { keys: 'Shift+F10', action: 'Chart menu for the selection, from the keyboard' },
  { keys: 'Ctrl+A', action: 'Select everything on the chart' },
  { keys: 'Ctrl+Z', action: 'Undo the last edit' },
  { keys: 'Ctrl+Shift+Z or Ctrl+Y', action: 'Redo' },
  { keys: 'Ctrl+I', action: 'Import a data file (CSV, Excel, GraphML, GEXF, FtM, ANX, STIX, JSON)' },
  { keys: 'Ctrl+S / Ctrl+Shift+S', action: 'Save the chart / save it under a new name' },
  { keys: 'Ctrl+S or Ctrl+Enter in the inspector', action: 'Save the item being edited' },
  { keys: 'Ctrl+O', action: 'Open a saved chart (rename, duplicate, delete)' },
  { keys: 'Ctrl+G', action: 'Group the selected entities in a titled box' },
  { keys: 'Ctrl+E', action: 'Export the chart: PDF, SVG or PNG' },
  { keys: 'Ctrl+P', action: 'Print the chart' },
  { keys: 'Delete', action: 'Delete the selection from the chart; the case keeps it' },
  { keys: 'Right-click › Delete from case…', action: 'Delete from the case with their links (asks first)' },
  { keys: 'Escape', action: 'Cancel a slow query; else close the menu, clear the path, the selection' },
  { keys: '?', action: 'Show these shortcuts' },
];

export const SEARCH_INPUT_ID = 'plexus-search';
