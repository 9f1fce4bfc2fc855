/**
 * A file dropped on the chart window, handed to the import wizard it opens. A module value
 * rather than store state: a File is not plain data, and only the next file step takes it.
 */
let pending: File | null = null;

export function leaveDroppedFile(file: File): void {
  pending = file;
}

export function takeDroppedFile(): File | null {
  const file = pending;
  pending = null;
  return file;
}
