// `npm run quality`: prints how the engine scores on the labelled fixtures.
import { readdirSync } from 'node:fs';
import { DEVELOPMENT, HELD_OUT, agreement, agreementOf, bootstrapInterval, f1, scoreDocuments, scorePassages } from '../server/test/helpers/evaluate.js';

const pct = (x: number) => (x * 100).toFixed(1).padStart(5) + '%';

// --sets a,b,c: aggregate figures per folder and pooled, with a bootstrap 95%
// interval over documents (how a pre-registered blind measurement is reported).
// --labels DIR: the NAME.expect.json files are in DIR, not beside the texts.
// --labels FIRST,SECOND: two annotators' labels, written blind to each other;
// the figures are against the first, followed by how far the second agrees
// with the first (the ceiling any detector can be held to) and the engine
// against the second and on the judgements both agree on.
// In --labels, {} stands for each set's folder: batches labelled in folders
// named after them pool in one run (--sets b8,b9 --labels {}A,{}B).
const agreementFigures = (a: ReturnType<typeof agreement>) => {
  const fig = (c: typeof a.annotators) => `macro-F1 ${pct(f1(c).macro)} ${JSON.stringify(c)}`;
  console.log(`  ${a.documents} documents labelled twice; type agreed ${a.typeAgree}, groups agreed ${a.groupsAgree}; ${a.shared} shared judgements, exact status agreed ${a.exact}`);
  console.log(`  second annotator vs first:   ${fig(a.annotators)}`);
  console.log(`  engine vs first:             ${fig(a.engineFirst)}`);
  console.log(`  engine vs second:            ${fig(a.engineSecond)}`);
  console.log(`  engine where both agree:     ${fig(a.engineAgreed)}`);
};
/** Two sets' agreement figures added up (counts and confusions alike). */
function addAgreement(a: ReturnType<typeof agreementOf>, b: ReturnType<typeof agreementOf>): ReturnType<typeof agreementOf> {
  const sum = { ...a };
  for (const k of Object.keys(a) as Array<keyof typeof a>) {
    const [x, y] = [a[k], b[k]];
    (sum as Record<string, unknown>)[k] = typeof x === 'number' ? x + (y as number) : { tp: x.tp + (y as typeof x).tp, fp: x.fp + (y as typeof x).fp, fn: x.fn + (y as typeof x).fn, tn: x.tn + (y as typeof x).tn };
  }
  return sum;
}
const setsAt = process.argv.indexOf('--sets');
if (setsAt > 0) {
  const sets = (process.argv[setsAt + 1] ?? '').split(',').filter(Boolean);
  const labelsAt = process.argv.indexOf('--labels');
  const [labelsPattern, secondPattern] = labelsAt > 0 ? (process.argv[labelsAt + 1] ?? '').split(',') : [];
  const pooled = [];
  let pooledAgreement: ReturnType<typeof agreementOf> | null = null;
  for (const set of sets) {
    const [labels, secondLabels] = [labelsPattern, secondPattern].map((l) => l?.replaceAll('{}', set));
    const s = scoreDocuments([set], labels);
    pooled.push(...s.docs);
    const [lo, hi] = bootstrapInterval(s.docs);
    console.log(`${set}: ${s.docs.length} documents; type right ${s.docs.filter((x) => x.typeOk).length}; exact status ${s.statusConfusion.right}/${s.statusConfusion.total}; macro-F1 ${pct(f1(s.confusion).macro)} (95% ${pct(lo)}–${pct(hi)}) ${JSON.stringify(s.confusion)}`);
    if (labels && secondLabels) {
      const a = agreementOf(set, labels, secondLabels);
      agreementFigures(a);
      pooledAgreement = pooledAgreement ? addAgreement(pooledAgreement, a) : a;
    }
  }
  const all = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const d of pooled) for (const k of ['tp', 'fp', 'fn', 'tn'] as const) all[k] += d.confusion[k];
  const [lo, hi] = bootstrapInterval(pooled);
  console.log(`pooled: ${pooled.length} documents; macro-F1 ${pct(f1(all).macro)} (95% ${pct(lo)}–${pct(hi)}) ${JSON.stringify(all)}`);
  if (pooledAgreement && sets.length > 1) agreementFigures(pooledAgreement);
  process.exit(0);
}

// --agreement: a second annotator's labels against the first (aggregate figures only).
if (process.argv.includes('--agreement')) {
  for (const set of readdirSync('test-fixtures/second-annotator').sort()) {
    console.log(`${set}:`);
    agreementFigures(agreement(set));
  }
  process.exit(0);
}
const held = scoreDocuments(HELD_OUT); // shown only with --held-out: nobody tunes on it
if (held.docs.length && process.argv.includes('--held-out')) {
  const h = f1(held.confusion);
  console.log(`HELD-OUT (${HELD_OUT}): ${held.docs.length} documents; type right ${held.docs.filter((x) => x.typeOk).length}; ` +
    `${held.statusConfusion.total} element judgements, macro-F1 ${pct(h.macro)} ${JSON.stringify(held.confusion)}\n`);
}
const d = scoreDocuments(process.argv.includes('--held-out') ? HELD_OUT : DEVELOPMENT);
const p = scorePassages();
console.log(`DEVELOPMENT (${DEVELOPMENT}) unless --held-out:`);
console.log(`Documents: ${d.docs.length}; type right ${d.docs.filter((x) => x.typeOk).length}; language right ${d.docs.filter((x) => x.languageOk).length}`);
console.log(`Element judgements: ${d.statusConfusion.total}; exact status right ${pct(d.statusConfusion.right / d.statusConfusion.total)}`);
const m = f1(d.confusion);
console.log(`present/not present: F1(present) ${pct(m.present)}  F1(not present) ${pct(m.absent)}  macro-F1 ${pct(m.macro)}  ${JSON.stringify(d.confusion)}`);
console.log('\nper element:');
for (const [id, c] of [...d.perElement].sort()) {
  const s = f1(c);
  console.log(`  ${id.padEnd(22)} macro ${pct(s.macro)}  tp ${c.tp} fp ${c.fp} fn ${c.fn} tn ${c.tn}`);
}
const pm = f1(p.confusion);
console.log(`\nPassages: ${p.passages.length}; macro-F1 ${pct(pm.macro)} ${JSON.stringify(p.confusion)}`);
if (process.argv.includes('--verbose')) {
  for (const doc of d.docs) {
    if (!doc.typeOk || !doc.languageOk || doc.groupsMissing.length || doc.wrong.length)
      console.log(`\n${doc.file}: type ${doc.typeOk ? 'ok' : 'WRONG'}, lang ${doc.languageOk ? 'ok' : 'WRONG'}, groups missing [${doc.groupsMissing}]\n` + doc.wrong.map((w) => `   ${w.id}: expected ${w.expected}, got ${w.actual}`).join('\n'));
  }
  for (const w of p.wrong) console.log(`passage ${w.element} ${w.lang} expected ${w.present} got ${w.actual}: [${w.heading ?? ''}] ${w.text.slice(0, 140)}`);
}
