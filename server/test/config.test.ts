import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config/validate.js';
import { configFor } from '../src/config/load.js';

describe('config file', () => {
  it('accepts a valid file with comments and trailing commas', () => {
    const r = parseConfig('{\n  // project settings\n  "rules": { "missing-aspect": "off" },\n  "elements": { "relationship": "information", },\n  "language": "nl",\n}');
    expect(r.problems).toEqual([]);
    expect(r.config).toMatchObject({ rules: { 'missing-aspect': 'off' }, elements: { relationship: 'information' }, language: 'nl' });
  });

  it('reports bad JSON with its line, and applies defaults', () => {
    const r = parseConfig('{\n  "rules": {\n    "missing-element": "warning"\n  \n');
    expect(r.config).toEqual({});
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].message).toMatch(/invalid JSON/);
    expect(r.problems[0].line).toBeGreaterThanOrEqual(3);
  });

  it('names the line of a wrong value or unknown rule and keeps the valid rest', () => {
    const text = '{\n  "rules": {\n    "missing-element": "loud",\n    "no-such-rule": "off",\n    "missing-aspect": "off"\n  }\n}';
    const r = parseConfig(text);
    expect(r.problems.map((p) => p.line).sort()).toEqual([2, 3]);
    expect(r.problems.some((p) => /no-such-rule/.test(p.message))).toBe(true);
    expect(r.config.rules).toEqual({ 'missing-aspect': 'off' });
  });

  it('says one thing per wrong value: what would be right', () => {
    const r = parseConfig('{\n  "language": 5,\n  "customElements": [{ "id": "x", "title": 5 }],\n  "foo": 1,\n  "bar": 2\n}');
    expect(r.problems.map((p) => [p.line, p.message])).toEqual([
      [3, "/: must NOT have additional properties 'foo'"],
      [4, "/: must NOT have additional properties 'bar'"],
      [1, '/language: must be equal to one of the allowed values (auto, nl, en)'],
      [2, '/customElements/0/title: must be string or object'],
    ]);
    expect(r.config.language).toBeUndefined();
  });

  it('names an unknown element id, and accepts the ids of custom elements', () => {
    const r = parseConfig('{\n  "elements": {\n    "folow-up": "off",\n    "grievance": "error"\n  },\n  "customElements": [{ "id": "grievance", "title": "Grievances" }]\n}');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ line: 2 });
    expect(r.problems[0].message).toMatch(/unknown element 'folow-up'/);
    expect(r.config.elements).toEqual({ grievance: 'error' });
  });

  it('rejects a custom element whose phrases are not valid, and keeps the others', () => {
    const r = parseConfig(JSON.stringify({ customElements: [{ id: 'ok', title: 'OK', signals: ['grievance mechanism'] }, { id: 'bad', title: 'Bad', signals: ['a*b'] }] }, null, 2));
    expect(r.config.customElements?.map((c) => c.id)).toEqual(['ok']);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].message).toMatch(/customElements\/1/);
  });

  it('is found by walking up from the document, the nearest one winning', () => {
    const root = mkdtempSync(join(tmpdir(), 'imvo-config-'));
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    writeFileSync(join(root, '.imvo-lint.json'), '{ "language": "en" }');
    writeFileSync(join(root, 'a', '.imvo-lint.json'), '{ "language": "nl" }');
    expect(configFor(join(root, 'a', 'b', 'plan.md'))).toMatchObject({ path: join(root, 'a', '.imvo-lint.json'), config: { language: 'nl' } });
    expect(configFor(join(root, 'plan.md')).config).toEqual({ language: 'en' });
    expect(configFor(join(root, 'a', 'b', 'plan.md'), join(root, 'a', 'b')).path).toBeNull();
  });
});
