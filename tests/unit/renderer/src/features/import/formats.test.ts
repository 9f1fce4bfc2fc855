import { afterEach, describe, expect, it } from 'vitest';
import { DATA_FORMATS, DATA_FORMAT_TABLE } from '../../../../../../graph-schema/contract';
import { FORMAT_LABELS, delimiters, encodings } from '../../../../../../renderer/src/features/import/formats';
import { i18n } from '../../../../../../renderer/src/i18n';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('format and read-option names', () => {
  it('calls each format in English what the contract calls it', () => {
    for (const format of DATA_FORMATS) expect(FORMAT_LABELS[format]).toBe(DATA_FORMAT_TABLE[format].label);
  });

  it('reads the names in the language of the moment, without a reload', async () => {
    await i18n.changeLanguage('ja');
    expect(FORMAT_LABELS.tsv).toBe('TSV（タブ区切り）');
    expect(delimiters().map((d) => d.label)).toContain('カンマ ,');
    expect(encodings().find((e) => e.value === 'shift_jis')?.label).toBe('Shift_JIS（日本語）');
    // Encoding names are proper names: the same in both languages.
    expect(encodings().find((e) => e.value === 'utf-8')?.label).toBe('UTF-8');
    await i18n.changeLanguage('en');
    expect(FORMAT_LABELS.tsv).toBe('TSV (tab-separated)');
  });

  it('offers one choice per value, detection first', () => {
    for (const list of [delimiters(), encodings()]) {
      expect(list[0]?.value).toBe('');
      expect(new Set(list.map((c) => c.value)).size).toBe(list.length);
    }
  });
});
