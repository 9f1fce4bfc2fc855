/** Who holds a case file for writing: a window session, named for the message another window sees. */
export interface CaseHolder {
  sessionId: string;
  /** "another window (opened 14:02)": what a second window is told about the holder. */
  label: string;
}

/**
 * The case files open for writing in this server, by absolute path. One server never has two
 * writers on one file: the second window to open it gets it read-only, told who holds it.
 */
export class CaseHolds {
  private readonly holders = new Map<string, CaseHolder>();

  /** The session that holds `path` for writing, when that is not `sessionId`. */
  heldByOther(path: string, sessionId: string): CaseHolder | null {
    const holder = this.holders.get(path);
    return holder && holder.sessionId !== sessionId ? holder : null;
  }

  /** Takes `path` for `holder` unless another session has it; true when `holder` now holds it. */
  claim(path: string, holder: CaseHolder): boolean {
    if (this.heldByOther(path, holder.sessionId)) return false;
    this.holders.set(path, holder);
    return true;
  }

  release(path: string, sessionId: string): void {
    if (this.holders.get(path)?.sessionId === sessionId) this.holders.delete(path);
  }
}
