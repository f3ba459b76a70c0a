// Unit tests of the language server's own pieces: the front-matter waiver
// edit (insert lines only, never rewrite) and moving ranges along with edits.

import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildStructure } from '../../src/model/document.js';
import { declaredWaivers } from '../../src/check/directives.js';
import { waiverEdit } from '../../src/lsp/front-matter-edit.js';
import { disableFileEdit, typeEdit } from '../../src/lsp/type-edits.js';
import { lint } from '../../src/index.js';
import { shiftPosition } from '../../src/lsp/calm.js';
import { readSettings, mergeConfig } from '../../src/lsp/settings.js';

function applyWaiver(text: string, id = 'follow-up', lang: 'nl' | 'en' = 'nl'): string | null {
  const e = waiverEdit(buildStructure(text), id, lang);
  return e ? text.slice(0, e.offset) + e.text + text.slice(e.offset) : null;
}

function keepsEveryLine(before: string, after: string): boolean {
  const b = before.split(/\r?\n/);
  let k = 0;
  for (const line of after.split(/\r?\n/)) if (k < b.length && line === b[k]) k++;
  return k === b.length;
}

describe('settling a type read from the text', () => {
  const apply = (text: string, e: { offset: number; text: string } | null) => (e ? text.slice(0, e.offset) + e.text + text.slice(e.offset) : null);
  const body = 'Anyone who lives near our quarry can tell us about a concern for their human rights by phone, by letter or at the site office. At the meeting about a complaint we provide an interpreter on request. Where our work causes harm to residents, we put it right and change the way we work. We report back to the residents on what we did with their complaints.\n';

  it('writes the type as the first line of the front matter, keeping every line and value', () => {
    for (const text of [body, `\uFEFF${body}`, `---\nauthor: Inkoop\ntags: [a, b]\n---\n\n${body}`, `---\r\nauthor: Inkoop\r\n---\r\n\r\n${body.replace(/\n/g, '\r\n')}`, `---\n---\n${body}`]) {
      expect(lint(text).documentTypeFrom, text.slice(0, 30)).toBe('content');
      const typed = apply(text, typeEdit(buildStructure(text), 'policy', 'en'))!;
      expect(typed.charCodeAt(0) === 0xfeff).toBe(text.charCodeAt(0) === 0xfeff); // a byte order mark stays first
      expect(keepsEveryLine(text.replace(/^\uFEFF/, ''), typed.replace(/^\uFEFF/, '')), text.slice(0, 30)).toBe(true);
      expect(lint(typed), text.slice(0, 30)).toMatchObject({ documentType: 'policy', documentTypeFrom: 'front-matter' });
    }
    expect(apply(body, typeEdit(buildStructure(body), 'dialogue-plan', 'nl'))).toBe(`---\nsoort: dialoogplan\n---\n\n${body}`);
  });

  it('reads front matter whose anchors make values circular without failing (the waiver edit too)', () => {
    const text = `---\na: &x [*x, *x]\nb: *x\n---\n\n${body}`;
    const typed = apply(text, typeEdit(buildStructure(text), 'policy', 'en'));
    expect(typed).toBe(`---\ntype: policy\na: &x [*x, *x]\nb: *x\n---\n\n${body}`);
    expect(lint(typed!)).toMatchObject({ documentType: 'policy', documentTypeFrom: 'front-matter' });
    expect(waiverEdit(buildStructure(text), 'follow-up', 'en')).not.toBeNull();
  });

  it('puts its offsets right after a byte order mark, so the comment lands after the closing fence', () => {
    const text = `\uFEFF---\r---\r\r\n${body}`;
    const e = disableFileEdit(buildStructure(text));
    expect(text.slice(0, e.offset)).toBe('\uFEFF---\r---\r');
  });

  it('leaves front matter alone that cannot take a line safely: flow style, a list, broken YAML', () => {
    for (const fm of ['{ author: Inkoop }', '- a\n- b', 'author: [unclosed']) {
      expect(typeEdit(buildStructure(`---\n${fm}\n---\n\n${body}`), 'policy', 'en'), fm).toBeNull();
    }
  });

  it('marks the file as no IMVO document with a comment after the front matter, keeping every line', () => {
    for (const text of [body, `---\nauthor: Inkoop\n---\n${body}`, `---\r\nauthor: Inkoop\r\n---\r\n${body.replace(/\n/g, '\r\n')}`]) {
      const silenced = apply(text, disableFileEdit(buildStructure(text)))!;
      expect(keepsEveryLine(text, silenced)).toBe(true);
      expect(lint(silenced)).toMatchObject({ documentType: null, findings: [] });
      expect(buildStructure(silenced).frontMatter?.data ?? {}).toEqual(buildStructure(text).frontMatter?.data ?? {});
    }
  });
});

describe('waiver in front matter', () => {
  const cases: Record<string, string> = {
    'no front matter': '# Dialoogplan\n\nTekst.\n',
    'front matter without imvo-lint': '---\ntype: dialoogplan\nlang: nl\n---\n\n# Plan\n',
    'imvo-lint with another key': '---\ntype: beleid\nimvo-lint:\n  note: x\n---\n# Plan\n',
    'imvo-lint with a waive map': '---\nimvo-lint:\n  waive:\n    goals: "geen doel"\ntitle: x\n---\n# Plan\n',
    'waive map indented by 4': '---\nimvo-lint:\n    waive:\n        goals: reden\n---\n',
    'empty imvo-lint': '---\nimvo-lint:\ntype: beleid\n---\n',
    'empty waive': '---\nimvo-lint:\n  waive:\nlang: nl\n---\n',
    'block scalar last': '---\ndescription: |\n  regel een\n  regel twee\n---\n# Plan\n',
    'CRLF': '---\r\ntype: dialoogplan\r\n---\r\n\r\n# Plan\r\n',
    'CRLF, no front matter': '# Dialoogplan\r\n\r\nTekst.\r\n',
    'CRLF, imvo-lint with a waive map': '---\r\nimvo-lint:\r\n  waive:\r\n    goals: "geen doel"\r\n---\r\n# Plan\r\n',
    'CRLF, BOM, no front matter': '\uFEFF# Plan\r\n\r\nTekst.\r\n',
    'BOM, no front matter': '\uFEFF# Plan\n',
    'empty front matter': '---\n---\n# Plan\n',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => {
      const after = applyWaiver(text);
      expect(after).not.toBeNull();
      // (A byte order mark stays the first character of the file.)
      expect(keepsEveryLine(text.replace('\uFEFF', ''), after!.replace('\uFEFF', ''))).toBe(true);
      if (text.startsWith('\uFEFF')) expect(after!.startsWith('\uFEFF---')).toBe(true);
      const s = buildStructure(after!);
      expect(s.frontMatter?.error).toBeUndefined();
      // Declared, with the placeholder reason the author is to replace.
      expect(declaredWaivers(s)).toContainEqual({ id: 'follow-up', reason: null });
      expect(s.text).toMatch(/follow-up: "\[reden\]"/);
      // Other front-matter values are unchanged.
      const before = buildStructure(text).frontMatter?.data ?? {};
      for (const [k, v] of Object.entries(before)) if (k !== 'imvo-lint') expect(s.frontMatter!.data[k]).toEqual(v);
      if (text.includes('\r\n')) expect(after!.replace(/\r\n/g, '')).not.toMatch(/\n/);
    });
  }
  it('inserts lines with the line ending of the lines next to them', () => {
    // Inserted lines only, so: the lines of the result end as the text's own lines there do.
    const crlfFrontMatter = applyWaiver('---\r\ntype: dialoogplan\r\n---\n\n# Plan\n')!;
    expect(crlfFrontMatter).toBe('---\r\ntype: dialoogplan\r\nimvo-lint:\r\n  waive:\r\n    follow-up: "[reden]"\r\n---\n\n# Plan\n');
    const lfFrontMatter = applyWaiver('---\ntype: dialoogplan\n---\r\n\r\n# Plan\r\n')!;
    expect(lfFrontMatter).toBe('---\ntype: dialoogplan\nimvo-lint:\n  waive:\n    follow-up: "[reden]"\n---\r\n\r\n# Plan\r\n');
    const e = waiverEdit(buildStructure('# Plan\r\n\r\nTekst.\r\n'), 'goals', 'nl')!;
    expect(e.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(e.snippet.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
  it('offers nothing where lines cannot be inserted safely', () => {
    expect(applyWaiver('---\nimvo-lint: {waive: {goals: x}}\n---\n')).toBeNull();
    expect(applyWaiver('---\nimvo-lint:\n  waive: [goals]\n---\n')).toBeNull();
    expect(applyWaiver('---\ntype: [unclosed\n---\n')).toBeNull();
  });
  it('writes the reason placeholder in the document language, as a snippet tab stop', () => {
    const e = waiverEdit(buildStructure('# Plan\n'), 'goals', 'en')!;
    expect(e.text).toContain('goals: "[reason]"');
    expect(e.snippet).toContain('goals: "${1:[reason]}"');
  });
});

describe('moving positions along with edits', () => {
  it('agrees with offsets for positions outside the edited range', () => {
    let seed = 3;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const words = ['a', 'bc\n', '\n\n', 'def', '', 'x\ny\nz'];
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: 1 + Math.floor(rnd() * 8) }, () => words[Math.floor(rnd() * words.length)]).join('');
      const doc = TextDocument.create('u', 'markdown', 1, text);
      const a = Math.floor(rnd() * (text.length + 1));
      const b = a + Math.floor(rnd() * (text.length - a + 1));
      const insert = words[Math.floor(rnd() * words.length)];
      const change = { range: { start: doc.positionAt(a), end: doc.positionAt(b) }, text: insert };
      const after = TextDocument.update(TextDocument.create('u', 'markdown', 1, text), [change], 2);
      const p = Math.floor(rnd() * (text.length + 1));
      const moved = shiftPosition(doc.positionAt(p), change);
      if (p < a || (p === a && a === b)) expect(after.offsetAt(moved)).toBe(p);
      else if (p >= b && p > a) expect(after.offsetAt(moved)).toBe(p - (b - a) + insert.length);
      else expect(after.offsetAt(moved)).toBe(a);
    }
  });
});

describe('settings', () => {
  it('reads what clients send and falls back per key', () => {
    const s = readSettings({ enable: 'yes', debounceMs: -5, language: 'fr', rules: { 'missing-element': 'info', 'incomplete-element': 'loud' }, elements: { goals: 'off' }, documentTypes: { policy: ['docs/*.md', 3] } });
    expect(s).toEqual({ enable: true, debounceMs: 0, language: 'auto', rules: { 'missing-element': 'information' }, elements: { goals: 'off' }, documentTypes: { policy: ['docs/*.md'] } });
    expect(readSettings(null).debounceMs).toBe(300);
  });
  it('lets the project file win over editor settings', () => {
    const c = mergeConfig(readSettings({ rules: { 'missing-element': 'error' }, language: 'nl' }), { rules: { 'missing-element': 'hint' }, language: 'en' });
    expect(c.rules).toEqual({ 'missing-element': 'hint' });
    expect(c.language).toBe('en');
  });
  it('reads the project file\'s document-type globs from its own folder', () => {
    const settings = readSettings({ documentTypes: { 'dialogue-plan': ['plans/*.md'] } });
    const c = mergeConfig(settings, { documentTypes: { policy: ['beleid/*.md', './docs/**/*.md', '!beleid/draft.md', 'notes.md'] } }, 'sub/My [docs]');
    expect(c.documentTypes).toEqual({
      'dialogue-plan': ['plans/*.md'], // the settings' globs: from the workspace folder already
      policy: ['sub/My \\[docs\\]/beleid/*.md', 'sub/My \\[docs\\]/docs/**/*.md', '!sub/My \\[docs\\]/beleid/draft.md', 'notes.md'],
    });
    expect(mergeConfig(settings, { documentTypes: { policy: ['beleid/*.md'] } }).documentTypes?.policy).toEqual(['beleid/*.md']);
  });
});
