// Regression tests for bugs found by the robustness tests (one per engine fix).
// Each names the bug; the hostile-input and property suites cover the rest.

import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';

const PLAN = '---\ntype: dialoogplan\nlang: nl\n---\n# Dialoogplan\n\n';

describe('engine regressions', () => {
  it('10,000 nested block quotes do not overflow the stack (parse/markdown.ts walked the tree recursively)', () => {
    for (const nest of ['>'.repeat(10_000) + ' Wij voeren een dialoog.\n', '> '.repeat(10_000) + 'tekst\n']) {
      const r = lint(PLAN + nest, { path: 'plan.md' });
      expect(r.documentType).toBe('dialogue-plan');
    }
  });
});
