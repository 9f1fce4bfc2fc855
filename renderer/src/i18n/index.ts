import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { applyDocumentLanguage, initialLanguage, rememberLanguage } from './language';
import { NAMESPACES, resources, type Language } from './resources';

export { LANGUAGES, type Language } from './resources';

/** The one i18next instance of the renderer, ready on import (catalogues are bundled). */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'en',
  ns: NAMESPACES,
  defaultNS: 'common',
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});
applyDocumentLanguage(currentLanguage());
i18n.on('languageChanged', () => applyDocumentLanguage(currentLanguage()));

export function currentLanguage(): Language {
  return i18n.resolvedLanguage === 'ja' ? 'ja' : 'en';
}

/** Switches every mounted component at once (react-i18next re-renders) and remembers it. */
export async function setLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  await i18n.changeLanguage(language);
}
