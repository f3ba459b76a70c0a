// Faults are contained (issue 5, point 4) and nothing executes from the
// workspace (point 5): a check that throws leaves the others reporting and is
// logged once; hostile configurations (huge phrase lists, pathological
// phrases, deep JSON, prototype keys) are rejected with a clear problem and
// cannot hang lint().

import { afterEach, describe, expect, it } from 'vitest';
import { lint, parseConfig, setCheckErrorHandler } from '../../src/index.js';
import { catalogueFor } from '../../src/catalogue/index.js';
import { onCheckError } from '../../src/lint.js';
import { checkPhrases } from '../../src/match/phrases.js';

const PLAN = "---\ntype: dialoogplan\nlang: nl\nstakeholders: [leveranciers, ngo's]\n---\n# Dialoogplan\n\n## Doelen\n\nMet de dialoog willen wij risico's in de keten leren kennen.\n";

describe('a check that throws', () => {
  const original = onCheckError;
  afterEach(() => setCheckErrorHandler(original));

  it('leaves the other elements reporting, counts as not judged, and is logged once', () => {
    const reference = lint(PLAN, { path: 'plan.md' });
    const catalogue = catalogueFor();
    const goals = catalogue.byId.get('goals')!;
    const saved = goals.headings;
    const logged: string[] = [];
    setCheckErrorHandler((id) => logged.push(id));
    // Make the goals check throw (its heading matcher, asked for every section, is the injection point).
    goals.headings = { matches: () => { throw new Error('injected'); }, affirms: () => { throw new Error('injected'); } } as unknown as typeof saved;
    try {
      const first = lint(PLAN, { path: 'plan.md' });
      const second = lint(PLAN + '\nMeer tekst.\n', { path: 'plan.md' });
      for (const r of [first, second]) {
        expect(r.elements.find((e) => e.id === 'goals')?.status).toBe('missing');
        // Every other element is judged as before.
        expect(r.elements.filter((e) => e.id !== 'goals')).toEqual(reference.elements.filter((e) => e.id !== 'goals'));
      }
      expect(logged.every((id) => id === 'goals')).toBe(true);
      expect(logged.length).toBeGreaterThan(0);
    } finally {
      goals.headings = saved;
    }
  });

  it('the default handler logs each failing check once per process', () => {
    const catalogue = catalogueFor();
    const e = catalogue.byId.get('broader-context')!;
    const saved = e.cues;
    const errors: unknown[] = [];
    const consoleError = console.error;
    console.error = (...a: unknown[]) => void errors.push(a);
    e.cues = { matches: () => { throw new Error('injected'); }, affirms: () => { throw new Error('injected'); } } as unknown as typeof saved;
    try {
      const doc = PLAN + '\n## Bredere context\n\nDe risico\'s hangen samen met armoede in de regio.\n';
      for (let i = 0; i < 3; i++) lint(doc + ' '.repeat(i), { path: 'plan.md' });
    } finally {
      e.cues = saved;
      console.error = consoleError;
    }
    expect(errors.length).toBeLessThanOrEqual(1);
  });
});

describe('hostile configurations', () => {
  it('huge phrase lists and pathological phrases are rejected with a clear problem, fast', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `woord${i} ... ander${i}`);
    const pathological = [
      'a'.repeat(250), // over the length limit
      Array.from({ length: 30 }, () => '...').join(' ') + ' x', // gaps only
      '* * * *', '**a', 'a**b', '*', '|||', '@nope', '@constructor', '@__proto__', '@tostring', '& & &', 'a & b & c & d',
      '(a+)+$', '(?:x*)*y', '[a-z]{1,100000}', '\\', '.*.*.*.*=', 'a{1000000}',
    ];
    const t0 = performance.now();
    const text = JSON.stringify({ customElements: [
      { id: 'huge', title: 'Huge', signals: many },
      { id: 'bad', title: 'Bad', signals: pathological },
    ] }, null, 2);
    const { config, problems } = parseConfig(text);
    expect(performance.now() - t0).toBeLessThan(10_000);
    // The schema caps phrase lists at 500; every problem names a line.
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p.line).toBeGreaterThanOrEqual(0);
      expect(p.message.length).toBeGreaterThan(5);
    }
    expect(problems.some((p) => /customElements\/0/.test(p.message))).toBe(true);
    expect(problems.some((p) => /customElements\/1/.test(p.message))).toBe(true);
    // What survives lints in bounded time.
    const t1 = performance.now();
    lint(PLAN + 'a'.repeat(100_000) + '\n', { path: 'plan.md', config });
    expect(performance.now() - t1).toBeLessThan(10_000);
  });

  it('each pathological phrase on its own: a clear message, never an exception or a hang', () => {
    for (const p of ['@constructor', '@__proto__', '@hasownproperty', '@valueof', '**a', 'a**b', '', '   ', '...', '… …', '|', 'a||b', '&', 'a & ', '@', '@@x']) {
      const t0 = performance.now();
      const errors = checkPhrases([p]);
      expect(performance.now() - t0).toBeLessThan(1000);
      for (const e of errors) expect(e).not.toMatch(/is not a function|undefined|null|Cannot read/);
    }
    expect(checkPhrases(['@constructor'])[0]).toMatch(/no word list @constructor/);
  });

  it('a custom element named like an Object.prototype key, or configured severities for it, give no odd severities', () => {
    const { config } = parseConfig(JSON.stringify({
      elements: { constructor: 'error', goals: 'error' },
      customElements: [{ id: 'constructor', title: 'Constructor', signals: ['klachtenmechanisme'] }, { id: 'tostring', title: 'x', signals: ['x'] }],
    }));
    const r = lint(PLAN, { path: 'plan.md', config });
    for (const f of r.findings) expect(['error', 'warning', 'information', 'hint']).toContain(f.severity);
    const r2 = lint(PLAN, { path: 'plan.md', config: { elements: {}, customElements: [{ id: 'constructor', title: 'C', signals: ['x'] }] } });
    for (const f of r2.findings) expect(['error', 'warning', 'information', 'hint']).toContain(f.severity);
  });

  it('deeply nested JSON, huge strings and odd keys: one problem with a line, defaults apply, no exception', () => {
    const inputs = [
      '['.repeat(100_000) + ']'.repeat(100_000),
      '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000),
      JSON.stringify({ rules: { 'missing-element': 'x'.repeat(1_000_000) } }),
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
      '{"rules": {"__proto__": "off"}, "elements": {"__proto__": "error"}}',
      '\ufeff{"rules": {}}',
      '{"rules": {"missing-element": "off"} /* comment */, }',
      '',
      'null',
      '"string"',
      '\u0000\u0001',
    ];
    for (const text of inputs) {
      const t0 = performance.now();
      const { config, problems } = parseConfig(text);
      expect(performance.now() - t0).toBeLessThan(5000);
      for (const p of problems) expect(Number.isInteger(p.line)).toBe(true);
      lint(PLAN, { path: 'plan.md', config });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
