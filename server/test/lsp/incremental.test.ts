// The language server re-lints with one SegmentCache per document, so an edit
// re-parses only the segments it touched and reuses the rest (and the
// per-block evidence). This checks that the result after any sequence of
// edits is exactly what a fresh, full lint of the same text gives.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, lint, SegmentCache } from '../../src/index.js';
import { ROOT } from './harness.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

// Pieces that change the document's structure as much as possible.
const PIECES = [
  'x', ' ', '\n', '\n\n', '# ', '## ', '### Opvolging\n\n', '## Follow-up\n', '```\n', '~~~', '<!-- ', ' -->', '<!-- imvo-lint-disable follow-up -->\n',
  '---\n', 'type: beleid\n', '- ', '| a | b |\n|---|---|\n', 'TODO', '[invullen]', 'Wij koppelen de resultaten binnen zes weken terug aan de deelnemers.\n',
  'We report back to participants within six weeks.\n', '\r\n', 'é', '😀', '> ', '    code\n', '<div>\n', '</div>\n', '\\', '*', '_',
];

function edit(text: string, r: () => number): string {
  const at = Math.floor(r() * (text.length + 1));
  const kind = r();
  if (kind < 0.45) return text.slice(0, at) + PIECES[Math.floor(r() * PIECES.length)] + text.slice(at);
  if (kind < 0.8) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(r() * 40)));
  // Move a line elsewhere (cut and paste).
  const lines = text.split('\n');
  const from = Math.floor(r() * lines.length);
  const [line] = lines.splice(from, 1);
  lines.splice(Math.floor(r() * (lines.length + 1)), 0, line);
  return lines.join('\n');
}

const FIXTURES = ['dialoogplan-koffie-cooperaties.md', 'community-engagement-plan.md', 'beleidsverklaring-imvo-bloemen.md', 'human-rights-policy-bank.md'];

describe('incremental re-lint equals a full lint', () => {
  for (const [i, name] of FIXTURES.entries()) {
    it(`after 100 random edits of ${name}`, { timeout: 60_000 }, () => {
      const r = rng(1000 + i);
      let text = readFileSync(join(ROOT, 'test-fixtures/documents', name), 'utf8');
      const cache = new SegmentCache();
      const options = { path: `/docs/${name}`, locale: i % 2 ? 'en' : 'nl' };
      for (let n = 0; n < 100; n++) {
        text = edit(text, r);
        const incremental = analyse(text, { ...options, cache }).result;
        const full = lint(text, options);
        expect(incremental, `edit ${n}`).toEqual(full);
      }
      expect(cache.hits).toBeGreaterThan(cache.misses);
    });
  }
});
