// The public library: `import { lint } from 'imvo-lint'`.

export { lint, analyse, DEFAULT_MAX_SIZE, DEFAULT_MAX_LINES, setCheckErrorHandler, type LintOptions, type Analysis } from './lint.js';
export type * from './core/types.js';
export { RULE_IDS, DOCUMENT_TYPES, LANGUAGES } from './core/types.js';
export type { LintConfig, CustomElementConfig } from './config/types.js';
export { parseConfig, type ConfigProblem, type ConfigResult } from './config/validate.js';
export { configFor, findConfigFile, loadConfigFile, CONFIG_FILE, type LoadedConfig } from './config/load.js';
export { configSchema } from './config/schema.js';
export { generateTemplate, type Template, type TemplateOptions } from './template/generate.js';
export { ELEMENTS, STAKEHOLDER_GROUPS, GLOSSARY, CREDIT, SER_TOOL_URL, docsUrl } from './catalogue/index.js';
export type { ElementDefinition, StakeholderGroupDefinition, GlossaryEntry, AspectDefinition } from './catalogue/types.js';
export { SegmentCache } from './parse/cache.js';
export { LineIndex } from './text/lines.js';
