// The `imvoLint.*` settings of one document (docs/protocol.md), read with
// `workspace/configuration` and turned into the engine's LintConfig. Anything
// malformed falls back to the default for that key: settings never break a lint.

import type { ConfiguredSeverity, DocumentType, LintConfig, RuleId } from '../index.js';

export interface Settings {
  enable: boolean;
  debounceMs: number;
  language: 'auto' | 'nl' | 'en';
  rules: Partial<Record<RuleId, ConfiguredSeverity>>;
  elements: Record<string, ConfiguredSeverity>;
  documentTypes: Partial<Record<DocumentType, string[]>>;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  debounceMs: 300,
  language: 'auto',
  rules: {},
  elements: {},
  documentTypes: {},
};

const SEVERITIES = new Set(['off', 'hint', 'information', 'warning', 'error']);

function severities(v: unknown): Record<string, ConfiguredSeverity> {
  const out: Record<string, ConfiguredSeverity> = {};
  if (!v || typeof v !== 'object' || Array.isArray(v)) return out;
  for (const [k, s] of Object.entries(v)) {
    // "info" is what people type; accept it.
    const value = s === 'info' ? 'information' : s;
    if (typeof value === 'string' && SEVERITIES.has(value)) out[k] = value as ConfiguredSeverity;
  }
  return out;
}

/** Settings from whatever the client sent (the `imvoLint` section, or null). */
export function readSettings(raw: unknown): Settings {
  const r = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const debounce = typeof r.debounceMs === 'number' && Number.isFinite(r.debounceMs) ? Math.max(0, Math.min(5000, r.debounceMs)) : DEFAULT_SETTINGS.debounceMs;
  const documentTypes: Settings['documentTypes'] = {};
  if (r.documentTypes && typeof r.documentTypes === 'object') {
    for (const t of ['dialogue-plan', 'policy'] as const) {
      const list = (r.documentTypes as Record<string, unknown>)[t];
      if (Array.isArray(list)) documentTypes[t] = list.filter((g): g is string => typeof g === 'string' && g.length > 0);
    }
  }
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    debounceMs: debounce,
    language: r.language === 'nl' || r.language === 'en' ? r.language : 'auto',
    rules: severities(r.rules) as Settings['rules'],
    elements: severities(r.elements),
    documentTypes,
  };
}

/**
 * The configuration a lint runs with: the editor settings, with the project's
 * `.imvo-lint.json` on top (the file wins, key by key).
 */
export function mergeConfig(settings: Settings, file: LintConfig | null, fileFolder = ''): LintConfig {
  const f = file ?? {};
  const documentTypes = { ...settings.documentTypes, ...rebased(f.documentTypes ?? {}, fileFolder) };
  const language = f.language && f.language !== 'auto' ? f.language : settings.language;
  return {
    rules: { ...settings.rules, ...(f.rules ?? {}) },
    elements: { ...settings.elements, ...(f.elements ?? {}) },
    documentTypes: Object.keys(documentTypes).length ? documentTypes : undefined,
    language,
    customElements: f.customElements,
  };
}

/**
 * The file's document-type globs, made relative to the workspace folder like the
 * settings' ones: `fileFolder` is the folder of the `.imvo-lint.json` inside it
 * ('' at its root), with `/`. A glob without `/` matches a file name anywhere
 * and stays as it is.
 */
function rebased(types: NonNullable<LintConfig['documentTypes']>, fileFolder: string): NonNullable<LintConfig['documentTypes']> {
  if (!fileFolder) return types;
  // The folder's name is literal text in the glob: escape what picomatch would read as syntax.
  const prefix = fileFolder.replace(/[\\*?[\](){}!+@|]/g, '\\$&') + '/';
  const out: NonNullable<LintConfig['documentTypes']> = {};
  for (const [type, globs] of Object.entries(types) as Array<[DocumentType, readonly string[]]>) {
    out[type] = globs.map((g) => {
      if (!g.includes('/')) return g;
      const negated = g.startsWith('!');
      const body = (negated ? g.slice(1) : g).replace(/^(?:\.\/)+/, '').replace(/^\//, '');
      return (negated ? '!' : '') + prefix + body;
    });
  }
  return out;
}
