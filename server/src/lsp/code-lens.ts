// One code lens on the title: "Dekking 9/13 · 2 onvolledig" / "Coverage 9/13 · 2 incomplete".

import type { CodeLens } from 'vscode-languageserver';
import type { Analysis } from '../index.js';
import { titleRange } from '../check/placement.js';
import { say } from './messages.js';

export function coverageText(analysis: Analysis): string {
  const c = analysis.result.coverage;
  const l = analysis.locale;
  const parts = [say('lens', l, { present: String(c.present), applicable: String(c.applicable) })];
  if (c.incomplete) parts.push(say('lensIncomplete', l, { n: String(c.incomplete) }));
  if (c.missing) parts.push(say('lensMissing', l, { n: String(c.missing) }));
  if (c.waived) parts.push(say('lensWaived', l, { n: String(c.waived) }));
  if (analysis.result.documentTypeFrom === 'content') parts.push(say('lensFromContent', l));
  return parts.join(' · ');
}

export function codeLenses(analysis: Analysis, uri: string, command: string): CodeLens[] {
  if (!analysis.structure || !analysis.result.documentType) return [];
  const range = titleRange(analysis.structure);
  return [{ range, command: { title: coverageText(analysis), command, arguments: [uri] } }];
}
