import { DATA_FORMATS, type DataFormatName } from '../../../../graph-schema/contract';
import { i18n } from '../../i18n';

/**
 * What each format is called where analysts meet it, read in the current language each time
 * (the import wizard and the export dialog both list them): the English catalogue holds the
 * contract's labels (DATA_FORMAT_TABLE), Japanese its own.
 */
export const FORMAT_LABELS = {} as Readonly<Record<DataFormatName, string>>;
for (const format of DATA_FORMATS)
  Object.defineProperty(FORMAT_LABELS, format, {
    enumerable: true,
    get: () => i18n.t(`import:format.${format}`),
  });

type ReadChoice = { value: string; label: string };

/** A choice named in the catalogue; `name` is a proper name (UTF-8) said alike in every language. */
const choice = (value: string, key: string): ReadChoice => ({ value, label: i18n.t(`import:read.${key}`) });
const named = (value: string, name: string): ReadChoice => ({ value, label: name });

/** Read-option choices offered for text tables; '' lets the backend detect. */
export function delimiters(): readonly ReadChoice[] {
  return [
    choice('', 'detect'),
    choice(',', 'comma'),
    choice(';', 'semicolon'),
    choice('\t', 'tab'),
    choice('|', 'pipe'),
  ];
}

export function encodings(): readonly ReadChoice[] {
  return [
    choice('', 'detect'),
    named('utf-8', 'UTF-8'),
    named('utf-16le', 'UTF-16 LE'),
    named('utf-16be', 'UTF-16 BE'),
    choice('windows-1252', 'western'),
    choice('iso-8859-1', 'latin1'),
    choice('windows-1251', 'cyrillic'),
    choice('gb18030', 'gb18030'),
    choice('big5', 'big5'),
    choice('shift_jis', 'shiftJis'),
    choice('euc-kr', 'eucKr'),
  ];
}
