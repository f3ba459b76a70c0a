// The `imvoLint/coverage` notification (docs/protocol.md) for the VS Code
// client's tree view and status bar, built from what is shown (the calm view).

import { docsUrl, type Analysis, type Language } from '../index.js';
import type { View } from './calm.js';

export const COVERAGE = 'imvoLint/coverage';

export function coverageParams(uri: string, version: number | null, analysis: Analysis | null, view: View | null, locale: Language) {
  if (!analysis || !view || !analysis.result.documentType) {
    return { uri, version, documentType: null, language: analysis?.result.language ?? locale, coverage: { applicable: 0, present: 0, incomplete: 0, missing: 0, waived: 0 }, elements: [] };
  }
  const coverage = { applicable: 0, present: 0, incomplete: 0, missing: 0, waived: 0 };
  const elements = [];
  for (const [id, e] of view.elements) {
    const r = e.result;
    if (r.status === 'waived') coverage.waived++;
    else {
      coverage.applicable++;
      coverage[r.status]++;
    }
    const el = analysis.catalogue.byId.get(id);
    elements.push({
      id,
      title: el ? el.def.title[locale] : id,
      level: r.level,
      status: r.status,
      ...(r.range ? { range: r.range } : {}),
      ...(r.headingRange ? { headingRange: r.headingRange } : {}),
      ...(el ? { summary: el.def.summary[locale] } : {}),
      ...(r.missingAspects?.length && el ? { missingAspects: r.missingAspects.map((a) => el.aspects.find((x) => x.def.id === a)?.def.title[locale] ?? a) } : {}),
      ...(r.waiverReason !== undefined ? { waiverReason: r.waiverReason } : {}),
      docs: analysis.result.findings.find((f) => f.elementId === id)?.docs ?? docsUrl(id),
    });
  }
  return { uri, version, documentType: analysis.result.documentType, language: analysis.result.language, coverage, elements };
}
