import type { Resource, ResourceLanguage } from 'i18next';

/**
 * The one index of catalogues: every locales/<language>/<namespace>.json is found here by name,
 * so a helper adds a feature's namespace by adding its two files and touches nothing shared.
 * Bundled (eager), never fetched: the app runs offline, from file:// in Electron.
 */
const files = import.meta.glob<ResourceLanguage[string]>('./locales/*/*.json', {
  eager: true,
  import: 'default',
});

export const LANGUAGES = ['en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

function build(): Resource {
  const resources: Resource = {};
  for (const [path, catalogue] of Object.entries(files)) {
    const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language, namespace] = match as unknown as [string, string, string];
    (resources[language] ??= {})[namespace] = catalogue;
  }
  return resources;
}

export const resources = build();
export const NAMESPACES = Object.keys(resources.en ?? {});
