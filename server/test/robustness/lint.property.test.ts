// Property tests of the library: any text lints without an exception, every
// range and fix position is valid UTF-16 inside the document, results are
// deterministic (also with a reused cache), and fixes never lose a line.
// FUZZ_RUNS sets the number of runs (npm run fuzz); npm test uses a few.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyse, lint, SegmentCache, type FileResult } from '../../src/index.js';
import { insertionsFor } from '../../src/lsp/insertions.js';
import { buildStructure } from '../../src/model/document.js';
import { disableFileEdit, typeEdit } from '../../src/lsp/type-edits.js';
import { anyText, applyInserts, keepsAllLines, markdownDocument, params, resultProblems, runs } from './arbitraries.js';

const RUNS = runs(120);

function lintOk(text: string, options: Parameters<typeof lint>[1]): FileResult {
  const result = lint(text, options);
  const problems = resultProblems(text, result);
  if (problems.length) throw new Error(`${problems.join('\n')}\n--- text: ${JSON.stringify(text)}`);
  return result;
}

describe('lint() on generated Markdown', () => {
  it('never throws; every range and fix position is inside the document and valid UTF-16', () => {
    fc.assert(
      fc.property(markdownDocument({ loneSurrogates: true }), (d) => {
        lintOk(d.text, { path: d.path, locale: d.locale });
      }),
      params(RUNS),
    );
  });

  it('never throws on arbitrary strings (binary, control characters, lone surrogates)', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<'auto' | 'dialogue-plan' | 'policy'>('auto', 'dialogue-plan', 'policy'), (text, documentType) => {
        lintOk(text, { path: 'plan.md', documentType });
      }),
      params(RUNS),
    );
  });

  it('is deterministic, and a reused cache (the server edit path) gives the result of a fresh lint', () => {
    fc.assert(
      fc.property(markdownDocument(), markdownDocument(), (a, b) => {
        const options = { path: a.path, locale: a.locale };
        const first = JSON.stringify(lint(a.text, options));
        expect(JSON.stringify(lint(a.text, options))).toBe(first);
        const cache = new SegmentCache();
        lint(b.text, { ...options, cache });
        expect(JSON.stringify(lint(a.text, { ...options, cache }))).toBe(first);
        // An edit: b's blocks appended to a, linted with the cache of a.
        const edited = a.text + '\n\n' + b.text;
        expect(JSON.stringify(lint(edited, { ...options, cache }))).toBe(JSON.stringify(lint(edited, options)));
      }),
      params(Math.ceil(RUNS / 2)),
    );
  });
});

describe('fixes never lose text', () => {
  it('each offered fix keeps every line in order, removes its missing finding and offers no second insert for it', () => {
    fc.assert(
      fc.property(markdownDocument({ maxBlocks: 10 }), (d) => {
        // Type, language and stakeholder groups are the document's own, re-decided after
        // the fix: the skeleton is placeholder text and must not change them.
        const options = { path: d.path, locale: d.locale };
        const result = lintOk(d.text, options);
        for (const f of result.findings) {
          if (!f.fix) continue;
          const fixed = applyInserts(d.text, [f.fix]);
          if (!keepsAllLines(d.text, fixed)) throw new Error(`fix for ${f.elementId} lost a line\n--- before: ${JSON.stringify(d.text)}\n--- after: ${JSON.stringify(fixed)}`);
          const again = lintOk(fixed, options);
          const same = (r: FileResult) => JSON.stringify([r.documentType, r.language, r.stakeholderGroups]);
          if (same(again) !== same(result)) throw new Error(`fix for ${f.elementId} changed type, language or groups: ${same(result)} → ${same(again)}\n--- after: ${JSON.stringify(fixed)}`);
          const still = again.findings.filter((g) => g.ruleId === 'missing-element' && g.elementId === f.elementId);
          if (still.length) throw new Error(`after its fix, ${f.elementId} is still missing\n--- after: ${JSON.stringify(fixed)}`);
        }
      }),
      params(Math.ceil(RUNS / 2)),
    );
  });

  it('fix-all keeps every line; applied twice it equals applied once (the second time offers nothing)', () => {
    fc.assert(
      fc.property(markdownDocument({ maxBlocks: 10 }), (d) => {
        const options = { path: d.path, locale: d.locale };
        const fixAll = (text: string) => {
          const a = analyse(text, options);
          const inserts = insertionsFor(a);
          return { text: applyInserts(text, inserts), count: inserts.length };
        };
        const once = fixAll(d.text);
        if (!keepsAllLines(d.text, once.text)) throw new Error(`fix-all lost a line\n--- before: ${JSON.stringify(d.text)}\n--- after: ${JSON.stringify(once.text)}`);
        const twice = fixAll(once.text);
        if (twice.count !== 0) {
          const left = lint(once.text, options).findings.filter((f) => f.ruleId === 'missing-element').map((f) => f.elementId);
          throw new Error(`fix-all offered ${twice.count} more insert(s) (${left.join(', ')})\n--- after once: ${JSON.stringify(once.text)}`);
        }
        expect(twice.text).toBe(once.text);
        // Each finding's own fix agrees: nothing missing is left to insert.
        expect(lint(once.text, options).findings.filter((f) => f.ruleId === 'missing-element')).toEqual([]);
      }),
      params(Math.ceil(RUNS / 2)),
    );
  });

  it('the quick fixes that settle a type keep every line and do what they say', () => {
    fc.assert(
      fc.property(markdownDocument({ maxBlocks: 8 }), fc.constantFrom<'dialogue-plan' | 'policy'>('dialogue-plan', 'policy'), (d, type) => {
        const structure = buildStructure(d.text);
        const apply = (e: { offset: number; text: string }) => d.text.slice(0, e.offset) + e.text + d.text.slice(e.offset);
        const silenced = apply(disableFileEdit(structure));
        if (!keepsAllLines(d.text, silenced)) throw new Error(`disable-file lost a line\n--- after: ${JSON.stringify(silenced)}`);
        if (lint(silenced).documentType !== null) throw new Error(`disable-file left the document typed\n--- after: ${JSON.stringify(silenced)}`);
        const t = typeEdit(structure, type, d.locale);
        if (!t) return;
        const typed = apply(t);
        if (!keepsAllLines(d.text, typed)) throw new Error(`the type edit lost a line\n--- after: ${JSON.stringify(typed)}`);
        const r = lint(typed);
        if (r.documentType !== type || r.documentTypeFrom !== 'front-matter') throw new Error(`the type edit gave ${r.documentType} from ${r.documentTypeFrom}\n--- after: ${JSON.stringify(typed)}`);
      }),
      params(Math.ceil(RUNS / 2)),
    );
  });
});
