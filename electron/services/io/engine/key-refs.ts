/** An entity of the case the file matched: it keeps the case's id and type. */
export interface MatchedRef {
  id: string;
  type: string;
}

/** A created entity as a packed number (its id's index and its type's slot), or a matched one. */
export type KeyRef = number | MatchedRef;

/** Entity types are numbered into the low digits of a created entity's packed ref. */
const TYPE_SLOTS = 1024;

/**
 * What each file key of an import became: an entity this import created, or one of the case.
 * A created entity costs one number in the map (a million-row file names hundreds of
 * thousands of keys); its id string is made once, kept here, and shared with the store (which
 * keys its row ids by it), not rebuilt for every link that names it.
 */
export class KeyRefs {
  private readonly refs = new Map<string, KeyRef>();
  private readonly createdIds: string[] = [];
  private readonly typeNames: string[] = [];
  private readonly typeSlots = new Map<string, number>();

  get(key: string): KeyRef | undefined {
    return this.refs.get(key);
  }

  has(key: string): boolean {
    return this.refs.has(key);
  }

  created(key: string, id: string, type: string): void {
    this.refs.set(key, this.createdIds.push(id) * TYPE_SLOTS - TYPE_SLOTS + this.typeSlot(type));
  }

  matched(key: string, id: string, type: string): void {
    this.refs.set(key, { id, type });
  }

  idOf(ref: KeyRef): string {
    return typeof ref === 'number' ? (this.createdIds[Math.floor(ref / TYPE_SLOTS)] ?? '') : ref.id;
  }

  typeOf(ref: KeyRef): string {
    return typeof ref === 'number' ? (this.typeNames[ref % TYPE_SLOTS] ?? '') : ref.type;
  }

  private typeSlot(type: string): number {
    let slot = this.typeSlots.get(type);
    if (slot === undefined) {
      slot = this.typeNames.push(type) - 1;
      if (slot >= TYPE_SLOTS) throw new Error(`more than ${TYPE_SLOTS} entity types`);
      this.typeSlots.set(type, slot);
    }
    return slot;
  }
}

/** Whether a ref is the case's own entity (the file's facts do not merge into it). */
export function isMatched(ref: KeyRef | undefined): ref is MatchedRef {
  return typeof ref === 'object';
}
