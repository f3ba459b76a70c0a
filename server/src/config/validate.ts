// Parses and checks a `.imvo-lint.json` text. Comments and trailing commas are
// allowed (JSONC, as in VS Code settings). Every problem is reported with its
// line; whatever is valid still applies, what is not falls back to defaults.

import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError, type Node } from 'jsonc-parser';
import type { ErrorObject } from 'ajv';
import { validate as generatedValidator } from './generated/schema-validator.js';
import { LineIndex } from '../text/lines.js';
import { checkPhrases } from '../match/phrases.js';
import type { LintConfig } from './types.js';
import { ELEMENTS } from '../catalogue/index.js';

export interface ConfigProblem {
  message: string;
  /** 0-based line and character of the problem in the file. */
  line: number;
  character: number;
  /** Where its range ends on that line: one character on, or the line's end (an empty line: the same place). */
  endCharacter?: number;
}

export interface ConfigResult {
  config: LintConfig;
  problems: ConfigProblem[];
}

/** Schema errors, from the validator built ahead of time from the committed schema. */
function validate(data: unknown): ErrorObject[] {
  return generatedValidator(data) ? [] : [...(generatedValidator.errors ?? [])];
}

export function parseConfig(text: string): ConfigResult {
  const lines = new LineIndex(text);
  const at = (offset: number, msg: string): ConfigProblem => {
    const p = lines.positionAt(offset);
    return { message: msg, ...p, endCharacter: Math.min(p.character + 1, lines.lineEnd(p.line) - lines.lineStart(p.line)) };
  };
  const errors: ParseError[] = [];
  let tree: Node | undefined;
  let data: unknown;
  try {
    tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
    if (tree && !errors.length) data = nodeValue(tree);
  } catch (e) {
    // The JSON parser and nodeValue recurse: 100,000 nested arrays overflow the stack.
    if (!(e instanceof RangeError)) throw e;
    return { config: {}, problems: [at(0, 'invalid JSON: nested too deeply')] };
  }
  if (errors.length || !tree) {
    const e = errors[0];
    return { config: {}, problems: [at(e?.offset ?? 0, e ? `invalid JSON: ${printParseErrorCode(e.error)}` : 'empty file')] };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { config: {}, problems: [at(tree.offset, 'the configuration must be a JSON object')] };

  const problems: ConfigProblem[] = [];
  const config = structuredClone(data) as Record<string, unknown>;
  for (const err of oneErrorPerPlace(validate(data))) {
    const path = err.instancePath.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
    const extraKey = err.keyword === 'additionalProperties' ? (err.params as { additionalProperty: string }).additionalProperty : null;
    // An unknown key is reported on its own line, not on its parent object.
    const node = (extraKey !== null ? findNodeAtLocation(tree, [...path, extraKey])?.parent : undefined) ?? findNodeAtLocation(tree, path);
    const extra = err.keyword === 'additionalProperties' ? ` '${(err.params as { additionalProperty: string }).additionalProperty}'` : '';
    const allowed = err.keyword === 'enum' ? ` (${(err.params as { allowedValues: string[] }).allowedValues.join(', ')})` : '';
    const where = err.instancePath || '/';
    problems.push(at(node?.offset ?? tree.offset, `${where}: ${err.message}${extra}${allowed}`));
    dropInvalid(config, path, err);
  }
  // Custom phrases must compile to safe matchers; bad ones drop their element.
  const custom = Array.isArray(config.customElements) ? (config.customElements as Array<Record<string, unknown>>) : null;
  if (custom) config.customElements = custom.filter((c, i) => {
    if (!c || typeof c !== 'object') return false;
    const phrases: string[] = [];
    for (const key of ['headings', 'signals', 'cues', 'exclude']) phrases.push(...flatten(c[key]));
    for (const a of Array.isArray(c.aspects) ? c.aspects : []) phrases.push(...flatten((a as Record<string, unknown>).signals));
    const bad = checkPhrases(phrases);
    if (bad.length) {
      const node = findNodeAtLocation(tree, ['customElements', i]);
      problems.push(at(node?.offset ?? tree.offset, `/customElements/${i}: ${bad[0]}; this element is ignored`));
    }
    return !bad.length && typeof c.id === 'string' && c.title !== undefined;
  });
  // Severities for elements that exist neither built in nor as custom elements are typos.
  if (config.elements && typeof config.elements === 'object') {
    const known = new Set([...ELEMENTS.map((e) => e.id), ...((config.customElements as Array<{ id: string }> | undefined) ?? []).map((c) => c.id)]);
    for (const id of Object.keys(config.elements)) {
      if (known.has(id)) continue;
      const node = findNodeAtLocation(tree, ['elements', id])?.parent;
      problems.push(at(node?.offset ?? tree.offset, `/elements: unknown element '${id}' (known: ${[...known].join(', ')})`));
      delete (config.elements as Record<string, unknown>)[id];
    }
  }
  return { config: config as LintConfig, problems };
}

/**
 * One error per value: the schema's alternatives give several for one mistake
 * ("language": 5 is neither a string nor one of the values; a text that is neither
 * a string nor an object fails both and then oneOf). The one that says what would be
 * right is kept: the allowed values, else the allowed types together.
 */
function oneErrorPerPlace(errors: ErrorObject[]): ErrorObject[] {
  const byPlace = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    const place = e.keyword === 'additionalProperties' ? `${e.instancePath}\u0000${(e.params as { additionalProperty: string }).additionalProperty}` : e.instancePath;
    const list = byPlace.get(place);
    if (list) list.push(e);
    else byPlace.set(place, [e]);
  }
  return [...byPlace.values()].map((list) => {
    if (list.length === 1) return list[0];
    const allowed = list.find((e) => e.keyword === 'enum');
    if (allowed) return allowed;
    const types = [...new Set(list.filter((e) => e.keyword === 'type').map((e) => (e.params as { type: string }).type))];
    if (types.length > 1) return { ...list[0], keyword: 'type', message: `must be ${types.join(' or ')}` };
    return list.find((e) => e.keyword !== 'oneOf') ?? list[0];
  });
}

function flatten(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  if (v && typeof v === 'object') return Object.values(v).flatMap(flatten);
  return [];
}

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries((node.children ?? []).map((p) => [p.children![0].value as string, p.children![1] ? nodeValue(p.children![1]) : undefined]));
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

/** Removes what an error points at, so the rest of the file still applies. */
function dropInvalid(root: Record<string, unknown>, path: Array<string | number>, err: ErrorObject): void {
  const target = err.keyword === 'additionalProperties' ? [...path, (err.params as { additionalProperty: string }).additionalProperty] : path;
  if (!target.length) return;
  let parent: unknown = root;
  for (const key of target.slice(0, -1)) {
    if (parent && typeof parent === 'object') parent = (parent as Record<string | number, unknown>)[key];
    else return;
  }
  const last = target[target.length - 1];
  if (Array.isArray(parent) && typeof last === 'number') parent[last] = undefined;
  else if (parent && typeof parent === 'object') delete (parent as Record<string | number, unknown>)[last];
}
