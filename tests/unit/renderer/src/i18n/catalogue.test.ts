import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The catalogue is complete (issue 13): every key in both languages, every literal key the
 * source asks for present, and no Japanese value left in English.
 */
const root = join(import.meta.dirname, '../../../../..');
const locales = join(root, 'renderer/src/i18n/locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Catalogue = Record<string, string>;

function flatten(value: unknown, prefix = '', out: Catalogue = {}): Catalogue {
  if (typeof value === 'string') out[prefix] = value;
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  return out;
}

function load(language: string): Record<string, Catalogue> {
  const dir = join(locales, language);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.replace(/\.json$/, ''), flatten(JSON.parse(readFileSync(join(dir, f), 'utf8')))]),
  );
}

const en = load('en');
const ja = load('ja');

/** Keys without plural suffixes: Japanese has only _other where English has _one and _other. */
const baseKeys = (catalogue: Catalogue) => new Set(Object.keys(catalogue).map((k) => k.replace(PLURAL, '')));

/**
 * Same in both languages on purpose: names and notation (Plexus, Neo4j, CSV, key names,
 * units). A value is allowed when nothing but these, placeholders and punctuation remains.
 */
const SAME_IN_BOTH = [
  'Plexus',
  'Neo4j',
  'CSV',
  'Excel',
  'PDF',
  'SVG',
  'PNG',
  'JSON',
  'GraphML',
  'GEXF',
  'FtM',
  'ANX',
  'STIX',
  'URI',
  'ID',
  'KB',
  'MB',
  'GB',
  'Ctrl',
  'Shift',
  'Alt',
  'Enter',
  'Escape',
  'Delete',
  'F10',
  'English',
  'Language',
];
function mayBeSame(value: string): boolean {
  let rest = value.replace(/\{\{[^}]+\}\}/g, '').replace(/<\/?\d+>/g, '');
  for (const word of SAME_IN_BOTH) rest = rest.replaceAll(word, '');
  rest = rest.replace(/\+[A-Z]\b/g, ''); // the key of a shortcut: Ctrl+A
  return !/[A-Za-z]/.test(rest);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Where a file's bare keys may live: the namespaces (and prefixes) it asks i18next for. */
function scopes(source: string): { ns: string; prefix: string }[] {
  const out: { ns: string; prefix: string }[] = [];
  const hook = /useTranslation\(\s*(\[[^\]]*\]|'[^']+')(?:\s*,\s*\{\s*keyPrefix:\s*'([^']+)'\s*\})?/g;
  for (const m of source.matchAll(hook)) {
    const names = [...(m[1] ?? '').matchAll(/'([^']+)'/g)].map((n) => n[1] ?? '');
    // Bare keys resolve in the first namespace; others are reached as 'ns:key'.
    if (names[0]) out.push({ ns: names[0], prefix: m[2] ?? '' });
  }
  for (const m of source.matchAll(/getFixedT\(\s*null\s*,\s*'([^']+)'(?:\s*,\s*'([^']+)')?/g))
    out.push({ ns: m[1] ?? '', prefix: m[2] ?? '' });
  return out;
}

function has(ns: string, key: string): boolean {
  const catalogue = en[ns];
  return catalogue !== undefined && (key in catalogue || `${key}_other` in catalogue);
}

describe('message catalogue', () => {
  it('has the same namespaces in English and Japanese', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  it('has every key in both languages', () => {
    const problems: string[] = [];
    for (const ns of Object.keys(en)) {
      const enKeys = baseKeys(en[ns] ?? {});
      const jaKeys = baseKeys(ja[ns] ?? {});
      for (const key of enKeys) if (!jaKeys.has(key)) problems.push(`ja lacks ${ns}:${key}`);
      for (const key of jaKeys) if (!enKeys.has(key)) problems.push(`en lacks ${ns}:${key}`);
      for (const key of Object.keys(en[ns] ?? {}))
        if (PLURAL.test(key) && !(`${key.replace(PLURAL, '')}_other` in (ja[ns] ?? {})))
          problems.push(`ja lacks the _other form of ${ns}:${key}`);
    }
    expect(problems).toEqual([]);
  });

  it('leaves no Japanese value in English', () => {
    const problems: string[] = [];
    for (const [ns, catalogue] of Object.entries(ja))
      for (const [key, value] of Object.entries(catalogue))
        if (value === en[ns]?.[key] && !mayBeSame(value)) problems.push(`${ns}:${key} = ${value}`);
    expect(problems).toEqual([]);
  });

  it('has every literal key the renderer asks for', () => {
    const problems: string[] = [];
    for (const file of sourceFiles(join(root, 'renderer/src'))) {
      const source = readFileSync(file, 'utf8');
      const fileScopes = scopes(source);
      for (const m of source.matchAll(/(?<![\w.])(?:i18n\.)?t\(\s*'([^']+)'/g)) {
        const key = m[1] ?? '';
        const found = key.includes(':')
          ? has(key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1))
          : fileScopes.some(({ ns, prefix }) => has(ns, prefix ? `${prefix}.${key}` : key));
        if (!found) problems.push(`${relative(root, file)}: ${key}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
