/**
 * A connection that has stopped answering (a scripted silent reply), the way a long query
 * holds a Neo4j connection: every later message waits unanswered until a RESET interrupts it
 * or, when the transaction carries a tx_timeout, until Neo4j would terminate it.
 */
export class Stall {
  private unanswered = 0;
  private timer: NodeJS.Timeout | undefined;

  get active(): boolean {
    return this.unanswered > 0;
  }

  /** Starts with the message being held; `onTimeout` gets how many went unanswered. */
  begin(timeoutMs: number | null, onTimeout: (unanswered: number) => void): void {
    this.unanswered = 1;
    if (timeoutMs === null) return;
    this.timer = setTimeout(() => onTimeout(this.end()), timeoutMs);
    // Never keep the test process alive for a stalled connection.
    this.timer.unref();
  }

  /** One more message arrived behind the held one. */
  hold(): void {
    this.unanswered++;
  }

  /** Releases the stall; returns how many messages were left unanswered. */
  end(): number {
    const count = this.unanswered;
    this.unanswered = 0;
    clearTimeout(this.timer);
    this.timer = undefined;
    return count;
  }
}
