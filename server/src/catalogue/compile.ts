// Turns catalogue data (built-in and custom) into matchers, once per catalogue.
//
// Each matcher is built the first time it is asked for: a lint needs the
// headings of every element but the cues, exclusions and aspects of only a
// few, and the language server's first diagnostics should not wait for the
// rest (scripts/bench/lsp.mjs, spawn → first diagnostics). Custom elements
// are compiled at once, so a bad custom phrase still fails where it did.

import { compilePhrases, Matcher } from '../match/phrases.js';
import { normalize } from '../match/normalize.js';
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
  /** `denials`, compiled (null when the element has none). */
  readonly denials?: Matcher | null;
  /** `secondHand`, compiled (null when the element has none). */
  readonly secondHand?: Matcher | null;
  /** `context`, compiled (null when the element has none). */
  readonly context?: Matcher | null;
  aspects: CompiledAspect[];
  /** The signals of all its aspects in one Matcher, tagged by aspect index (read once per sentence). */
  aspectSignals: Matcher;
}

export interface CompiledGroup {
  def: StakeholderGroupDefinition;
  terms: RegExp | null;
  /** `parties`, compiled (null when the group has none). */
  readonly parties: RegExp | null;
}

export interface CompiledCatalogue {
  elements: CompiledElement[];
  byId: Map<string, CompiledElement>;
  groups: CompiledGroup[];
  /** The signals of all elements in one Matcher, tagged by element index: a
   * block is read once for all of them (check/evidence.ts). */
  readonly signals: Matcher;
}

/** Whether a (normalised) title is the element's own section title in either
 * language: what its quick fix and the templates insert. */
export function isOwnTitle(element: CompiledElement, normalizedTitle: string): boolean {
  const t = normalizedTitle.trim();
  return t === normalize(element.def.title.nl).trim() || t === normalize(element.def.title.en).trim();
}

export function both(list: LocalizedList): string[] {
  return [...list.nl, ...list.en];
}

/** Not built yet (null is a valid value: no phrases). */
const UNSET = Symbol('unset');
type Lazy<T> = T | typeof UNSET;

class LazyAspect implements CompiledAspect {
  private _signals: Lazy<Matcher | null> = UNSET;
  constructor(readonly def: AspectDefinition) {}
  get signals(): Matcher | null {
    return this._signals === UNSET ? (this._signals = Matcher.compile(both(this.def.signals))) : this._signals;
  }
  set signals(m: Matcher | null) {
    this._signals = m;
  }
}

type MatcherField = 'headings' | 'signals' | 'cues' | 'exclude';

class LazyElement implements CompiledElement {
  /** Matchers built so far; a field may also be set (tests inject faults that way). */
  private readonly built: Partial<Record<MatcherField, Matcher | null>> = {};
  private _aspects: CompiledAspect[] | null = null;
  private _aspectSignals: Matcher | null = null;
  constructor(readonly def: ElementDefinition, readonly order: number, readonly custom: boolean) {}

  private matcher(field: MatcherField): Matcher | null {
    const m = this.built[field];
    return m !== undefined ? m : (this.built[field] = Matcher.compile(both(this.def[field])));
  }

  get headings(): Matcher | null { return this.matcher('headings'); }
  set headings(m: Matcher | null) { this.built.headings = m; }
  get signals(): Matcher | null { return this.matcher('signals'); }
  set signals(m: Matcher | null) { this.built.signals = m; }
  get cues(): Matcher | null { return this.matcher('cues'); }
  set cues(m: Matcher | null) { this.built.cues = m; }
  get exclude(): Matcher | null { return this.matcher('exclude'); }
  private _denials: Lazy<Matcher | null> = UNSET;
  get denials(): Matcher | null {
    return this._denials === UNSET ? (this._denials = this.def.denials ? Matcher.compile(both(this.def.denials)) : null) : this._denials;
  }
  private _secondHand: Lazy<Matcher | null> = UNSET;
  get secondHand(): Matcher | null {
    return this._secondHand === UNSET ? (this._secondHand = this.def.secondHand ? Matcher.compile(both(this.def.secondHand)) : null) : this._secondHand;
  }
  private _context: Lazy<Matcher | null> = UNSET;
  get context(): Matcher | null {
    return this._context === UNSET ? (this._context = this.def.context ? Matcher.compile(both(this.def.context)) : null) : this._context;
  }
  set exclude(m: Matcher | null) { this.built.exclude = m; }
  get aspects(): CompiledAspect[] {
    return (this._aspects ??= (this.def.aspects ?? []).map((a) => new LazyAspect(a)));
  }
  set aspects(list: CompiledAspect[]) {
    this._aspects = list;
  }
  get aspectSignals(): Matcher {
    return (this._aspectSignals ??= Matcher.compileLists(this.aspects.map((a) => both(a.def.signals))));
  }
}

/** Builds every matcher of an element now (throws on a bad phrase). */
function compileNow(e: CompiledElement): void {
  void [e.headings, e.signals, e.cues, e.exclude, e.denials, e.secondHand, e.context, e.aspectSignals];
  for (const a of e.aspects) void a.signals;
}

export function compileElement(def: ElementDefinition, order: number, custom: boolean): CompiledElement {
  const e = new LazyElement(def, order, custom);
  if (custom) compileNow(e);
  return e;
}

class LazyGroup implements CompiledGroup {
  private _terms: Lazy<RegExp | null> = UNSET;
  private _parties: Lazy<RegExp | null> = UNSET;
  constructor(readonly def: StakeholderGroupDefinition) {}
  get parties(): RegExp | null {
    return this._parties === UNSET ? (this._parties = this.def.parties ? compilePhrases(both(this.def.parties)) : null) : this._parties;
  }
  get terms(): RegExp | null {
    return this._terms === UNSET ? (this._terms = compilePhrases(both(this.def.terms))) : this._terms;
  }
  set terms(re: RegExp | null) {
    this._terms = re;
  }
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
  let signals: Matcher | undefined;
  return {
    elements: compiled,
    byId: new Map(compiled.map((e) => [e.def.id, e])),
    groups: groups.map((g) => new LazyGroup(g)),
    get signals() {
      return (signals ??= Matcher.compileLists(compiled.map((e) => both(e.def.signals))));
    },
  };
}
