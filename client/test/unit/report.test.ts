import { describe, expect, it } from 'vitest';
import { adviceFor, cell, coverageReport, english, statusBarText, statusBarTooltip } from '../../src/report.js';
import { documentationUrl } from '../../src/protocol.js';
import type { CoverageParams } from '../../src/protocol.js';

const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 10 } });
const params: CoverageParams = {
  uri: 'file:///plans/plan.md',
  version: 3,
  documentType: 'dialogue-plan',
  language: 'nl',
  coverage: { applicable: 4, present: 2, incomplete: 1, missing: 1, waived: 1 },
  elements: [
    { id: 'goals', title: 'Doel | en verwachtingen', level: 'required', status: 'present', headingRange: range(8) },
    { id: 'follow-up', title: 'Opvolging', level: 'required', status: 'missing' },
    { id: 'commitment', title: 'Commitment', level: 'recommended', status: 'incomplete', range: range(20), missingAspects: ['remedy'] },
    { id: 'relationship', title: 'Relatie', level: 'recommended', status: 'present', range: range(30) },
    { id: 'broader-context', title: 'Bredere context', level: 'recommended', status: 'waived', waiverReason: 'geen ngo' },
  ],
};

describe('status bar text', () => {
  it('shows present out of applicable', () => {
    expect(statusBarText(params)).toBe('IMVO 2/4');
  });
  it('explains the numbers in the tooltip', () => {
    const tip = statusBarTooltip(params, english);
    expect(tip).toContain('Stakeholder dialogue plan');
    expect(tip).toContain('2 of 4 elements present');
    expect(tip).toContain('1 incomplete');
    expect(tip).toContain('1 missing');
    expect(tip).toContain('1 waived');
  });
});

describe('coverage report', () => {
  const md = coverageReport(params, { name: 'plan.md', linkFor: (e) => (e.headingRange ? `file:///plans/plan.md#L${e.headingRange.start.line + 1}` : undefined) }, english);

  it('is a Markdown page with a summary and one table row per element', () => {
    expect(md.startsWith('# IMVO coverage: plan.md\n')).toBe(true);
    expect(md).toContain('2 of 4 applicable elements present, 1 incomplete, 1 missing, 1 waived.');
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---') && !l.includes('What to do'));
    expect(rows).toHaveLength(5);
    expect(md).toContain('| Element | Status | What to do |');
    expect(md).not.toMatch(/[{}]"/); // not JSON
  });

  it('lists missing elements first and says what to do', () => {
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---') && !l.includes('What to do'));
    expect(rows[0]).toMatch(/^\| Opvolging \| \*\*missing\*\* \(required\) \| .*Add this section/);
    expect(md).toContain('To add a missing section: use the quick fix');
    expect(rows[1]).toContain('**incomplete** (recommended)');
    expect(rows[1]).toContain('Complete the section: remedy');
    expect(md).toContain('Waived: geen ngo');
  });

  it('escapes table syntax in titles and links to the section line', () => {
    expect(md).toContain('[Doel \\| en verwachtingen](file:///plans/plan.md#L9)');
    expect(cell('a|b\nc<d')).toBe('a\\|b c&lt;d');
  });

  it('credits the SER tool', () => {
    expect(md).toContain('https://www.ser.nl/nl/thema/imvo/betekenisvolle-dialoog');
  });

  it('explains when a document is not an IMVO document', () => {
    const none = coverageReport({ ...params, documentType: null, elements: [] }, { name: 'notes.md' }, english);
    expect(none).toContain('not recognised as an IMVO policy or stakeholder dialogue plan');
    expect(none).not.toContain('| --- |');
    expect(coverageReport(undefined, { name: 'x.md' }, english)).toContain('not recognised');
  });

  it('advice depends on status and level', () => {
    expect(adviceFor({ id: 'x', title: 'X', level: 'recommended', status: 'missing' }, english)).toMatch(/^Recommended/);
    expect(adviceFor({ id: 'x', title: 'X', level: 'required', status: 'present' }, english)).toBe('Nothing to do');
    expect(adviceFor({ id: 'x', title: 'X', level: 'required', status: 'waived' }, english)).toMatch(/give a reason/);
  });
});

describe('rule documentation links', () => {
  it('keeps URLs and maps rule ids to their page', () => {
    expect(documentationUrl('https://example.org/r')).toBe('https://example.org/r');
    expect(documentationUrl('missing-element')).toMatch(/\/docs\/rules\/missing-element\.md$/);
  });
});

describe('agreement with the server', () => {
  it('links rule ids to the same documentation base as the server', async () => {
    const { DOCS_BASE } = await import('../../../server/src/catalogue/index.js');
    expect(documentationUrl('missing-element')).toBe(`${DOCS_BASE}missing-element.md`);
  });
});
