import { describe, expect, it, vi } from 'vitest';
import { exposedGc, HeapTrim } from '../../../../../../electron/services/io/engine/heap-trim';

describe('HeapTrim', () => {
  it('collects once per stretch of rows, however the rows arrive', () => {
    const gc = vi.fn();
    const trim = new HeapTrim(100, gc);
    for (const rows of [10, 99, 100, 150, 199, 260, 261, 1_000]) trim.after(rows);
    // At 100 (next due 200), at 260 (next due 360), at 1,000.
    expect(gc).toHaveBeenCalledTimes(3);
  });

  it('does nothing where no collector can be had', () => {
    expect(() => new HeapTrim(1, null).after(5)).not.toThrow();
  });

  it('gets a working collector from V8 in Node', () => {
    const gc = exposedGc();
    expect(typeof gc).toBe('function');
    gc?.();
  });
});
