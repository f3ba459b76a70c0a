// Output formats of the command: text (like a compiler), JSON (the public
// shape documented in the README) and SARIF 2.1.0 (for code scanning).

import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { DocumentType, FileResult, Finding, Language } from '../core/types.js';
import { typeDeclaration } from '../model/frontmatter.js';
import { ELEMENTS, SER_TOOL_URL, docsUrl } from '../catalogue/index.js';

export const JSON_VERSION = 1;

/** The JSON shape: editor-only data (fix texts) left out. */
export function toJson(results: FileResult[]): string {
  const files = results.map((r) => ({ ...r, findings: r.findings.map(({ fix: _fix, ...f }) => f) }));
  return JSON.stringify({ version: JSON_VERSION, files }, null, 2);
}

const LABEL: Record<Language, Record<string, string>> = {
  en: { error: 'error', warning: 'warning', information: 'info', hint: 'hint', coverage: 'coverage', incomplete: 'incomplete', missing: 'missing', waived: 'waived', none: 'not an IMVO document, not checked' },
  nl: { error: 'fout', warning: 'waarschuwing', information: 'info', hint: 'tip', coverage: 'dekking', incomplete: 'onvolledig', missing: 'ontbreekt', waived: 'ontheven', none: 'geen IMVO-document, niet gecontroleerd' },
};
/** A type read from the text is the least certain: say so, and how to settle it. */
const FROM_CONTENT: Record<Language, (type: DocumentType) => string> = {
  en: (type) => `type read from the text; front matter \`${typeDeclaration(type, 'en')}\` makes it certain`,
  nl: (type) => `soort afgeleid uit de tekst; front matter \`${typeDeclaration(type, 'nl')}\` maakt het zeker`,
};
/** For stderr, when no file of a run was an IMVO document: nothing was checked, and how to declare one. */
export function nothingChecked(n: number, locale: Language): string {
  const [policy, plan] = (['policy', 'dialogue-plan'] as const).map((t) => `\`${typeDeclaration(t, locale)}\``);
  return locale === 'nl'
    ? `imvo-lint: ${n === 1 ? 'het bestand is niet' : `geen van de ${n} bestanden is`} als IMVO-document herkend, dus er is niets gecontroleerd. Zet ${policy} of ${plan} in de front matter, of gebruik --type policy (--verbose noemt de bestanden).\n`
    : `imvo-lint: ${n === 1 ? 'the file was not' : `none of the ${n} files was`} recognised as an IMVO document, so nothing was checked. Add ${policy} or ${plan} to the front matter, or use --type policy (--verbose lists the files).\n`;
}
const TYPE_LABEL: Record<Language, Record<string, string>> = {
  en: { 'dialogue-plan': 'dialogue plan', policy: 'policy' },
  nl: { 'dialogue-plan': 'dialoogplan', policy: 'beleid' },
};

export function toText(results: FileResult[], locale: Language, verbose = false): string {
  const out: string[] = [];
  const l = LABEL[locale];
  for (const r of results) {
    const path = r.path ?? '<stdin>';
    if (!r.documentType) {
      for (const f of r.findings) out.push(findingLine(path, f, locale));
      if (verbose) out.push(`${path}: ${l.none}`);
      continue;
    }
    for (const f of [...r.findings].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)) {
      out.push(findingLine(path, f, locale));
    }
    const c = r.coverage;
    const extra = [c.incomplete && `${c.incomplete} ${l.incomplete}`, c.missing && `${c.missing} ${l.missing}`, c.waived && `${c.waived} ${l.waived}`].filter(Boolean);
    const guessed = r.documentTypeFrom === 'content' ? ` (${FROM_CONTENT[locale](r.documentType)})` : '';
    out.push(`${path}: ${TYPE_LABEL[locale][r.documentType]} (${r.language}), ${l.coverage} ${c.present}/${c.applicable}${extra.length ? ', ' + extra.join(', ') : ''}${guessed}`);
  }
  return out.join('\n') + (out.length ? '\n' : '');
}

function findingLine(path: string, f: Finding, locale: Language): string {
  const rule = f.elementId ? `${f.ruleId}/${f.elementId}` : f.ruleId;
  return `${path}:${f.range.start.line + 1}:${f.range.start.character + 1}  ${LABEL[locale][f.severity]}  ${f.message}  [${rule}]`;
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

export function toSarif(results: FileResult[], version: string, locale: Language): string {
  // Typed against the SARIF 2.1.0 object model (@types/sarif), so the compiler checks the shape.
  const rules = new Map<string, ReportingDescriptor>();
  const sarifResults: Result[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      const id = f.elementId ? `${f.ruleId}/${f.elementId}` : f.ruleId;
      if (!rules.has(id)) {
        const el = ELEMENTS.find((e) => e.id === f.elementId);
        rules.set(id, {
          id,
          name: id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
          shortDescription: { text: el ? `${f.ruleId}: ${el.title[locale]}` : f.ruleId },
          fullDescription: { text: el ? el.summary[locale] : f.ruleId },
          helpUri: f.docs,
          help: { text: el ? el.summary[locale] : f.ruleId, markdown: el ? `${el.explanation[locale]}\n\n${el.why[locale]}\n\n[${f.docs}](${f.docs})` : `[${f.docs}](${f.docs})` },
          defaultConfiguration: { level: SARIF_LEVEL[f.severity] },
          properties: { tags: ['imvo', f.ruleId] },
        });
      }
      sarifResults.push({
        ruleId: id,
        ruleIndex: [...rules.keys()].indexOf(id),
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [{
          physicalLocation: {
            artifactLocation: artifactLocation(r.path ?? 'stdin.md'),
            region: { startLine: f.range.start.line + 1, startColumn: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 },
          },
        }],
      });
    }
  }
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'imvo-lint', version, semanticVersion: version, informationUri: docsUrl('README').replace('/docs/rules/README.md', ''), rules: [...rules.values()] } },
      columnKind: 'utf16CodeUnits',
      results: sarifResults,
      properties: { basedOn: SER_TOOL_URL },
    }],
  };
  return JSON.stringify(log, null, 2);
}

/** A path under the working folder is relative to the checkout (%SRCROOT%); one outside it, an absolute file URI. */
function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  return { uri: toUri(path), uriBaseId: '%SRCROOT%' };
}

function toUri(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '').split('/').map(encodeURIComponent).join('/');
}
