import { describe, expect, it } from 'vitest';
import { parseAnalystName } from '../../../../graph-schema/contract/analyst';

describe('parseAnalystName', () => {
  it('trims a name and reads a blank one as none', () => {
    expect(parseAnalystName('  佐藤 花子 ', '--analyst')).toBe('佐藤 花子');
    expect(parseAnalystName('   ', '--analyst')).toBeUndefined();
    expect(parseAnalystName(undefined, '--analyst')).toBeUndefined();
  });

  it('names where the name came from and the rule it broke', () => {
    expect(() => parseAnalystName('Mori\u0007', 'PLEXUS_ANALYST')).toThrow(
      'PLEXUS_ANALYST: the analyst name holds a control character',
    );
    expect(() => parseAnalystName('x\u2066y', 'name')).toThrow('holds a control character');
    expect(() => parseAnalystName('名'.repeat(101), '--analyst')).toThrow(
      '--analyst: the analyst name is longer than 100 characters',
    );
    expect(parseAnalystName('名'.repeat(100), '--analyst')).toHaveLength(100);
  });
});
