// The catalogue: built-in elements plus any custom ones from configuration,
// compiled once per distinct set of custom elements.

import { ELEMENTS } from './elements.js';
import { STAKEHOLDER_GROUPS } from './groups.js';
import { compileCatalogue, type CompiledCatalogue } from './compile.js';
import type { ElementDefinition } from './types.js';
import { RULE_IDS } from '../core/types.js';

export { ELEMENTS, STAKEHOLDER_GROUPS };
export { GLOSSARY } from './glossary.js';
export { CREDIT, SER_TOOL_URL } from './credit.js';

/** Built on first use (its matchers too, see compile.ts), not when the module loads. */
let builtIn: CompiledCatalogue | null = null;
const withCustom = new Map<string, CompiledCatalogue>();

export function catalogueFor(custom: readonly ElementDefinition[] = []): CompiledCatalogue {
  if (!custom.length) return (builtIn ??= compileCatalogue(ELEMENTS, STAKEHOLDER_GROUPS));
  const key = JSON.stringify(custom);
  let c = withCustom.get(key);
  if (!c) {
    if (withCustom.size > 20) withCustom.clear();
    const ids = new Set(ELEMENTS.map((e) => e.id));
    c = compileCatalogue(ELEMENTS, STAKEHOLDER_GROUPS, custom.filter((e) => !ids.has(e.id)));
    withCustom.set(key, c);
  }
  return c;
}

/** Base of the documentation links in findings. */
export const DOCS_BASE = 'https://github.com/imvo-lint/imvo-lint/blob/main/docs/rules/';
/** The page a custom element's findings link to: there is no rule page for it. */
export const CUSTOM_ELEMENT_DOCS = 'https://github.com/imvo-lint/imvo-lint/blob/main/docs/config.md#custom-elements';
/** Ids with a page in docs/rules (generated from the catalogue, see scripts/generate.ts). */
const RULE_PAGES = new Set<string>([...ELEMENTS.map((e) => e.id), ...RULE_IDS, 'README']);
export function docsUrl(id: string): string {
  return RULE_PAGES.has(id) ? `${DOCS_BASE}${id}.md` : CUSTOM_ELEMENT_DOCS;
}
