import { DATA_FORMATS, DATA_FORMAT_TABLE, type DataFormatName } from '../../../../graph-schema/contract';

/** What each format is called where analysts meet it: the contract's format table. */
export const FORMAT_LABELS = Object.fromEntries(
  DATA_FORMATS.map((f) => [f, DATA_FORMAT_TABLE[f].label]),
) as Record<DataFormatName, string>;

/** Read-option choices offered for text tables; '' lets the backend detect. */
export const DELIMITERS: readonly { value: string; label: string }[] = [
  { value: '', label: 'Detect' },
  { value: ',', label: 'Comma ,' },
  { value: ';', label: 'Semicolon ;' },
  { value: '\t', label: 'Tab' },
  { value: '|', label: 'Pipe |' },
];

export const ENCODINGS: readonly { value: string; label: string }[] = [
  { value: '', label: 'Detect' },
  { value: 'utf-8', label: 'UTF-8' },
  { value: 'utf-16le', label: 'UTF-16 LE' },
  { value: 'utf-16be', label: 'UTF-16 BE' },
  { value: 'windows-1252', label: 'Windows-1252 (Western)' },
  { value: 'iso-8859-1', label: 'ISO-8859-1 (Latin-1)' },
  { value: 'windows-1251', label: 'Windows-1251 (Cyrillic)' },
  { value: 'gb18030', label: 'GB18030 (Chinese)' },
  { value: 'big5', label: 'Big5 (Chinese)' },
  { value: 'shift_jis', label: 'Shift_JIS (Japanese)' },
  { value: 'euc-kr', label: 'EUC-KR (Korean)' },
];
