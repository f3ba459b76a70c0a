// Sanity check for the labelled fixtures: `node test-fixtures/validate-fixtures.mjs`
// Checks that every .expect.json parses, uses known ids and statuses, and lists exactly the
// elements that apply to its type and stakeholder groups; and that passages.json is well formed.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const GENERAL = ['goals', 'due-diligence', 'commitment', 'follow-up', 'added-value', 'accessibility', 'relationship'];
const SUPPLIER = ['supplier-leverage', 'fair-purchasing', 'intermediaries'];
const NGO = ['risk-identification', 'structural-dialogue', 'broader-context'];
const ALL = [...GENERAL, ...SUPPLIER, ...NGO];
const GROUPS = ['suppliers', 'ngos', 'trade-unions', 'workers', 'communities'];
const STATUSES = ['present', 'incomplete', 'missing'];
const errors = [];

function expected(groups) {
  const ids = [...GENERAL];
  if (groups.includes('suppliers')) ids.push(...SUPPLIER);
  if (groups.includes('ngos') || groups.includes('trade-unions')) ids.push(...NGO);
  return ids;
}

let count = 0;
// A second annotator's labels (second-annotator/<set>/NAME.expect.json) describe <set>/NAME.md.
const second = join(root, 'second-annotator');
const labelDirs = existsSync(second) ? readdirSync(second).map((set) => ({ dir: join('second-annotator', set), documents: set })) : [];
for (const { dir, documents } of [...labelDirs, ...['documents', 'documents-2', 'documents-3', 'documents-4', 'documents-5', 'retired-holdout', 'documents-7', 'documents-8', 'documents-9', 'documents-10', 'documents-11', 'documents-12', 'retired-holdout-2', 'documents-15', 'documents-16', 'documents-17', 'documents-18', 'documents-19', 'documents-20', 'documents-21', 'documents-22', 'documents-23', 'holdout', 'samples'].map((d) => ({ dir: d, documents: d }))]) {
  for (const f of readdirSync(join(root, dir)).filter((n) => n.endsWith('.expect.json'))) {
    const p = join(root, dir, f);
    count++;
    let e;
    try { e = JSON.parse(readFileSync(p, 'utf8')); } catch (err) { errors.push(`${p}: ${err.message}`); continue; }
    const md = join(root, documents, f.replace(/\.expect\.json$/, '.md'));
    if (!existsSync(md)) errors.push(`${p}: no matching .md`);
    const keys = Object.keys(e).sort().join(',');
    if (keys !== 'documentType,elements,language,notes,stakeholderGroups') errors.push(`${p}: keys ${keys}`);
    if (![null, 'dialogue-plan', 'policy'].includes(e.documentType)) errors.push(`${p}: documentType ${e.documentType}`);
    if (!['nl', 'en'].includes(e.language)) errors.push(`${p}: language ${e.language}`);
    for (const g of e.stakeholderGroups) if (!GROUPS.includes(g)) errors.push(`${p}: group ${g}`);
    for (const [id, st] of Object.entries(e.elements)) {
      if (!ALL.includes(id)) errors.push(`${p}: element ${id}`);
      if (!STATUSES.includes(st)) errors.push(`${p}: status ${st} for ${id}`);
    }
    const want = e.documentType === null ? [] : expected(e.stakeholderGroups);
    const have = Object.keys(e.elements);
    const missing = want.filter((x) => !have.includes(x));
    const extra = have.filter((x) => !want.includes(x));
    if (missing.length || extra.length) errors.push(`${p}: elements missing [${missing}] extra [${extra}]`);
  }
}

const passages = JSON.parse(readFileSync(join(root, 'passages.json'), 'utf8'));
const tally = {};
for (const [i, x] of passages.entries()) {
  if (!ALL.includes(x.element)) errors.push(`passage ${i}: element ${x.element}`);
  if (!['nl', 'en'].includes(x.lang)) errors.push(`passage ${i}: lang ${x.lang}`);
  if (typeof x.present !== 'boolean') errors.push(`passage ${i}: present`);
  if (typeof x.text !== 'string' || !x.text) errors.push(`passage ${i}: text`);
  if (x.heading !== null && x.heading !== undefined && typeof x.heading !== 'string') errors.push(`passage ${i}: heading`);
  const k = `${x.element}/${x.lang}/${x.present}`;
  tally[k] = (tally[k] || 0) + 1;
}
for (const id of ALL) for (const l of ['nl', 'en']) for (const pr of [true, false]) {
  if ((tally[`${id}/${l}/${pr}`] || 0) < 3) errors.push(`passages: fewer than 3 for ${id}/${l}/${pr}`);
}

console.log(`${count} expectation files, ${passages.length} passages`);
if (errors.length) { console.error(errors.join('\n')); process.exit(1); }
console.log('fixtures OK');
