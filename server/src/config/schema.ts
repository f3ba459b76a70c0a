// The JSON schema of `.imvo-lint.json`, built from the catalogue so that
// element ids, rule ids and descriptions never drift. `npm run generate`
// writes it to schemas/imvo-lint.schema.json; a test fails when that is stale.

import { DOCUMENT_TYPES, RULE_IDS } from '../core/types.js';
import { ELEMENTS } from '../catalogue/index.js';

const SEVERITIES = ['off', 'hint', 'information', 'warning', 'error'];

export function configSchema(): Record<string, unknown> {
  const severity = { $ref: '#/definitions/severity' };
  const text = { $ref: '#/definitions/text' };
  const textList = { $ref: '#/definitions/textList' };
  const level = { $ref: '#/definitions/level' };
  const definitions = {
    severity: { type: 'string', enum: SEVERITIES },
    level: { type: 'string', enum: ['required', 'recommended', 'off'] },
    phrases: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 200 }, maxItems: 500 },
    text: {
      oneOf: [
        { type: 'string' },
        { type: 'object', properties: { nl: { type: 'string' }, en: { type: 'string' } }, additionalProperties: false, minProperties: 1 },
      ],
    },
    textList: {
      oneOf: [
        { $ref: '#/definitions/phrases' },
        { type: 'object', properties: { nl: { $ref: '#/definitions/phrases' }, en: { $ref: '#/definitions/phrases' } }, additionalProperties: false },
      ],
    },
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/imvo-lint/imvo-lint/blob/main/schemas/imvo-lint.schema.json',
    title: 'IMVO Lint configuration (.imvo-lint.json)',
    description: 'Configuration of IMVO Lint. Data only: nothing in it is executed. See docs/config.md.',
    type: 'object',
    additionalProperties: false,
    definitions,
    properties: {
      $schema: { type: 'string' },
      rules: {
        description: 'Severity per rule.',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(RULE_IDS.map((r) => [r, { allOf: [severity], description: `Severity of ${r} findings.` }])),
      },
      elements: {
        description: "Severity per element for its missing and incomplete findings; 'off' stops checking the element.",
        type: 'object',
        propertyNames: { pattern: '^[a-z0-9][a-z0-9-]*$' },
        properties: Object.fromEntries(ELEMENTS.map((e) => [e.id, { allOf: [severity], description: `${e.title.en} / ${e.title.nl}` }])),
        additionalProperties: severity,
      },
      documentTypes: {
        description: 'File globs (relative to the folder of this file) that fix the document type.',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(DOCUMENT_TYPES.map((t) => [t, { type: 'array', items: { type: 'string', minLength: 1 } }])),
      },
      language: { description: 'Language of the documents that do not declare one in their front matter (lang/taal); auto detects it per document.', type: 'string', enum: ['auto', 'nl', 'en'] },
      customElements: {
        description: "Your organisation's own elements, in the shape of the built-in catalogue.",
        type: 'array',
        maxItems: 100,
        items: {
          type: 'object',
          required: ['id', 'title'],
          additionalProperties: false,
          properties: {
            id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 60 },
            group: { type: 'string', enum: ['general', 'suppliers', 'ngos'] },
            levels: { type: 'object', additionalProperties: false, properties: Object.fromEntries(DOCUMENT_TYPES.map((t) => [t, level])) },
            title: text,
            summary: text,
            explanation: text,
            why: text,
            headings: textList,
            signals: textList,
            cues: textList,
            exclude: textList,
            ownMeasure: {
              type: 'boolean',
              description: "The element is your organisation's own measure: a sentence that puts the duty on someone else ('suppliers must ...', 'van leveranciers verwachten wij ...') is no evidence for it.",
            },
            skeleton: text,
            aspects: {
              type: 'array',
              items: {
                type: 'object',
                required: ['id', 'title', 'signals'],
                additionalProperties: false,
                properties: { id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' }, title: text, signals: textList },
              },
            },
          },
        },
      },
    },
  };
}
