// `npm run quality`: prints how the engine scores on the labelled fixtures.
import { f1, scoreDocuments, scorePassages } from '../server/test/helpers/evaluate.js';

const d = scoreDocuments();
const p = scorePassages();
const pct = (x: number) => (x * 100).toFixed(1).padStart(5) + '%';
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
