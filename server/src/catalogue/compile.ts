// Turns catalogue data (built-in and custom) into matchers, once per catalogue.

import { compilePhrases, Matcher } from '../match/phrases.js';
import type { LocalizedList } from '../core/types.js';
import type { AspectDefinition, ElementDefinition, StakeholderGroupDefinition } from './types.js';

export interface CompiledAspect {
  def: AspectDefinition;
  signals: Matcher | null;
}

export interface CompiledElement {
  def: ElementDefinition;
  /** Position in the catalogue: the order sections are expected in. */
  order: number;
  custom: boolean;
  headings: Matcher | null;
  signals: Matcher | null;
  cues: Matcher | null;
  exclude: Matcher | null;
  aspects: CompiledAspect[];
}

export interface CompiledGroup {
  def: StakeholderGroupDefinition;
  terms: RegExp | null;
}

export interface CompiledCatalogue {
  elements: CompiledElement[];
  byId: Map<string, CompiledElement>;
  groups: CompiledGroup[];
}

export function both(list: LocalizedList): string[] {
  return [...list.nl, ...list.en];
}

export function compileElement(def: ElementDefinition, order: number, custom: boolean): CompiledElement {
  return {
    def,
    order,
    custom,
    headings: Matcher.compile(both(def.headings)),
    signals: Matcher.compile(both(def.signals)),
    cues: Matcher.compile(both(def.cues)),
    exclude: Matcher.compile(both(def.exclude)),
    aspects: (def.aspects ?? []).map((a) => ({ def: a, signals: Matcher.compile(both(a.signals)) })),
  };
}

export function compileCatalogue(
  elements: readonly ElementDefinition[],
  groups: readonly StakeholderGroupDefinition[],
  custom: readonly ElementDefinition[] = [],
): CompiledCatalogue {
  const compiled = [
    ...elements.map((d, i) => compileElement(d, i, false)),
    ...custom.map((d, i) => compileElement(d, elements.length + i, true)),
  ];
  return {
    elements: compiled,
    byId: new Map(compiled.map((e) => [e.def.id, e])),
    groups: groups.map((g) => ({ def: g, terms: compilePhrases(both(g.terms)) })),
  };
}

