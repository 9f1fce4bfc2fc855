/** A filter of the desktop's open and save dialogs: "CSV files" -> ['csv']. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * The desktop shell's native open and save dialogs (preload's `plexusFiles`), answering a
 * path or null when the person cancels. Absent in browser mode, where a browser has no
 * business with the server's folders: files are uploaded and downloaded there instead.
 */
export interface FileDialogs {
  openFile(options: { title?: string; filters?: FileFilter[] }): Promise<string | null>;
  saveFile(options: { title?: string; defaultPath?: string; filters?: FileFilter[] }): Promise<string | null>;
  /** The path of a file dropped on the window (the page itself is never told it). */
  pathOf(file: File): string | null;
}

export function fileDialogs(win: Window = window): FileDialogs | null {
  return (win as Window & { plexusFiles?: FileDialogs }).plexusFiles ?? null;
}
