// Pure helpers that turn a coverage notification into text for people:
// the status bar label and the Markdown coverage report. No `vscode` import,
// so they are unit-tested with vitest (client/test/unit/).
import type { CoverageElement, CoverageParams, ElementStatus } from './protocol.js';

/** Localises an English message with `{0}`-style arguments (vscode.l10n.t in the extension). */
export type Translate = (message: string, ...args: Array<string | number>) => string;

/** The identity translation, for tests and as a fallback. */
export const english: Translate = (message, ...args) =>
  message.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));

export function statusLabel(status: ElementStatus, t: Translate): string {
  switch (status) {
    case 'present':
      return t('present');
    case 'incomplete':
      return t('incomplete');
    case 'missing':
      return t('missing');
    case 'waived':
      return t('waived');
  }
}

export function levelLabel(level: CoverageElement['level'], t: Translate): string {
  return level === 'required' ? t('required') : t('recommended');
}

export function documentTypeLabel(type: CoverageParams['documentType'], t: Translate): string {
  if (type === 'dialogue-plan') return t('Stakeholder dialogue plan');
  if (type === 'policy') return t('IMVO policy');
  return t('Not an IMVO document');
}

/** "IMVO 9/13": present elements out of the applicable (not waived) ones. */
export function statusBarText(params: CoverageParams): string {
  return `IMVO ${params.coverage.present}/${params.coverage.applicable}`;
}

export function statusBarTooltip(params: CoverageParams, t: Translate): string {
  const c = params.coverage;
  const lines = [
    `${documentTypeLabel(params.documentType, t)}`,
    t('{0} of {1} elements present', c.present, c.applicable),
  ];
  if (c.incomplete) lines.push(t('{0} incomplete', c.incomplete));
  if (c.missing) lines.push(t('{0} missing', c.missing));
  if (c.waived) lines.push(t('{0} waived', c.waived));
  lines.push(t('Click for the coverage report'));
  return lines.join('\n');
}

/** What the writer should do about one element. */
export function adviceFor(element: CoverageElement, t: Translate): string {
  switch (element.status) {
    case 'present':
      return element.missingAspects?.length
        ? t('Consider also covering: {0}', element.missingAspects.join(', '))
        : t('Nothing to do');
    case 'incomplete':
      return element.missingAspects?.length
        ? t('Complete the section: {0}', element.missingAspects.join(', '))
        : t('Replace the placeholders in the section with real text');
    case 'missing':
      return element.level === 'required'
        ? t('Add this section: use the quick fix or "Insert section" in the IMVO elements view')
        : t('Recommended: add this section if it applies to your situation');
    case 'waived':
      return element.waiverReason ? t('Waived: {0}', element.waiverReason) : t('Waived in the front matter; give a reason');
  }
}

/** Escapes text for a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/</g, '&lt;');
}

export interface ReportOptions {
  /** Display name of the document (file name). */
  name: string;
  /** Optional link target per element, e.g. a command URI that jumps to the section. */
  linkFor?: (e: CoverageElement) => string | undefined;
}

/** The coverage report as a Markdown page: a summary and a table of elements. */
export function coverageReport(params: CoverageParams | undefined, options: ReportOptions, t: Translate): string {
  const out: string[] = [];
  out.push(`# ${t('IMVO coverage: {0}', options.name)}`, '');
  if (!params || !params.documentType) {
    out.push(
      t('This document is not recognised as an IMVO policy or stakeholder dialogue plan, so it is not checked.'),
      '',
      t('Add `type: dialogue-plan` or `type: policy` to the front matter, or use a title such as "Stakeholder dialogue plan" or "IMVO policy".'),
      '',
    );
    return out.join('\n');
  }
  const c = params.coverage;
  out.push(
    `**${documentTypeLabel(params.documentType, t)}** · ${params.language === 'nl' ? t('Dutch') : t('English')}`,
    '',
    t('{0} of {1} applicable elements present, {2} incomplete, {3} missing, {4} waived.', c.present, c.applicable, c.incomplete, c.missing, c.waived),
    '',
    ...(c.missing > 0
      ? [t('To add a missing section: use the quick fix (Ctrl+.), "Insert section" in the IMVO elements view, or "IMVO: Insert All Missing Sections".'), '']
      : []),
    `| ${t('Element')} | ${t('Status')} | ${t('What to do')} |`,
    '| --- | --- | --- |',
  );
  const order: Record<ElementStatus, number> = { missing: 0, incomplete: 1, present: 2, waived: 3 };
  const rows = [...params.elements].sort(
    (a, b) => order[a.status] - order[b.status] || (a.level === b.level ? 0 : a.level === 'required' ? -1 : 1),
  );
  for (const e of rows) {
    const link = options.linkFor?.(e);
    const title = link ? `[${cell(e.title)}](${link})` : cell(e.title);
    const status = `${e.status === 'missing' || e.status === 'incomplete' ? `**${statusLabel(e.status, t)}**` : statusLabel(e.status, t)} (${levelLabel(e.level, t)})`;
    // For a missing element, what it asks for is the first thing to do.
    const todo = e.status === 'missing' && e.summary ? cell(e.summary) : cell(adviceFor(e, t));
    out.push(`| ${title} | ${status} | ${todo} |`);
  }
  out.push(
    '',
    t('Based on the SER tool "Commitment van stakeholders": {0}', 'https://www.ser.nl/nl/thema/imvo/betekenisvolle-dialoog'),
    '',
  );
  return out.join('\n');
}
