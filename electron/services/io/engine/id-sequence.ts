import { randomUUID } from 'node:crypto';

const COUNTER_DIGITS = 12;
const COUNTER_SPAN = 2 ** 48;

/**
 * Ids for what one import creates: UUIDs that share one random UUID's first 24 characters
 * (74 random bits, so two imports never meet) and count up in the last 12 hex digits from a
 * random start. An entity's id is then a number the plan can keep instead of a 36-character
 * string per entity, and "did this import create it" is a range check instead of a set.
 */
export class IdSequence {
  private readonly head: string;
  private readonly start: number;
  private count = 0;

  constructor(uuid: string = randomUUID()) {
    this.head = uuid.slice(0, 24);
    // Between 1/16 and 1/2 of the span: start + count stays below 2^48 for any import, and
    // always has 12 hex digits, so no padding is needed.
    this.start = COUNTER_SPAN / 16 + Math.floor(Math.random() * (COUNTER_SPAN / 2 - COUNTER_SPAN / 16));
  }

  /** A new sequence number. */
  next(): number {
    return this.count++;
  }

  idOf(n: number): string {
    return this.head + (this.start + n).toString(16);
  }

  /** Whether this sequence gave out the id. */
  has(id: string): boolean {
    if (id.length !== 24 + COUNTER_DIGITS || !id.startsWith(this.head)) return false;
    const n = Number.parseInt(id.slice(24), 16) - this.start;
    return n >= 0 && n < this.count;
  }
}
