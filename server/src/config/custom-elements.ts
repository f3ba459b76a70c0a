// Custom elements from a config file become full catalogue entries.

import type { Localized, LocalizedList } from '../core/types.js';
import type { ElementDefinition } from '../catalogue/types.js';
import type { CustomElementConfig, Text, TextList } from './types.js';

function text(t: Text | undefined, fallback: string): Localized {
  if (t === undefined) return { nl: fallback, en: fallback };
  if (typeof t === 'string') return { nl: t, en: t };
  const nl = t.nl ?? t.en ?? fallback;
  return { nl, en: t.en ?? nl };
}

function list(l: TextList | undefined): LocalizedList {
  if (!l) return { nl: [], en: [] };
  if (Array.isArray(l)) return { nl: l, en: [] };
  const o = l as { nl?: readonly string[]; en?: readonly string[] };
  return { nl: o.nl ?? [], en: o.en ?? [] };
}

export function toElementDefinition(c: CustomElementConfig): ElementDefinition {
  const title = text(c.title, c.id);
  return {
    id: c.id,
    group: c.group ?? 'general',
    levels: { 'dialogue-plan': c.levels?.['dialogue-plan'] ?? 'recommended', policy: c.levels?.policy ?? 'recommended' },
    source: { nl: 'Eigen element van uw organisatie', en: "Your organisation's own element" },
    title,
    summary: text(c.summary, ''),
    explanation: text(c.explanation, ''),
    why: text(c.why, ''),
    headings: c.headings ? list(c.headings) : { nl: [title.nl], en: [title.en] },
    signals: list(c.signals),
    cues: list(c.cues),
    exclude: list(c.exclude),
    ...(c.ownMeasure ? { ownMeasure: true } : {}),
    aspects: (c.aspects ?? []).map((a) => ({ id: a.id, title: text(a.title, a.id), signals: list(a.signals) })),
    skeleton: c.skeleton === undefined ? { nl: '[invullen]', en: '[fill in]' } : text(c.skeleton, ''),
  };
}
