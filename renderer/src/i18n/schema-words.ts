import { useTranslation } from 'react-i18next';
import { SchemaIndex, schemaInLanguage, type Schema } from '../../../graph-schema/model';
import { useAppStore } from '../stores/app-store';
import { currentLanguage, type Language } from './index';

/**
 * The schema as the analyst reads it: type names, field labels and descriptions in the UI's
 * language (the type files' own words), re-rendered when the language changes. Names and
 * option values are unchanged, so what a component sends back is what is stored.
 */
export function useSchema(): Schema | null {
  useTranslation(); // re-render on a language change
  const schema = useAppStore((s) => s.schema);
  return schema && schemaInLanguage(schema, currentLanguage());
}

/** As useSchema, with the look-ups (allowsLink, optionLabel...). */
export function useSchemaIndex(): SchemaIndex | null {
  useTranslation();
  const index = useAppStore((s) => s.schemaIndex);
  return index && indexInLanguage(index, currentLanguage());
}

const indexes = new WeakMap<Schema, SchemaIndex>();

/** Outside React (helpers, stores): the index in a language, built once per schema and language. */
export function indexInLanguage(index: SchemaIndex, language: Language): SchemaIndex {
  if (language === 'en') return index;
  const schema = schemaInLanguage(index.schema, language);
  let translated = indexes.get(schema);
  if (!translated) indexes.set(schema, (translated = new SchemaIndex(schema)));
  return translated;
}
