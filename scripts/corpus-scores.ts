// Prints the detector's scores on the real corpus (tests/corpus/real): `npm run corpus:scores`.
// With --dev-misses it also lists the development part's false negatives and false positives, for
// tuning (--plain: the mentions missed without page context too, not only those missed with it);
// the held-out part's rows are never printed. With --markdown it prints the held-out
// totals per language as the README's table. Below the table: how many mentions name North Korea
// themselves, which bounds the recall without page context (own-reference.ts).
import { referenceSplit } from '../tests/corpus/own-reference';
import { heldOutFailures, heldOutMarkdown, loadReal, scoreRows, scoreTable, TARGET, thinClaims } from '../tests/corpus/real-scores';

const scored = scoreRows(loadReal());
console.log(process.argv.includes('--markdown') ? heldOutMarkdown(scored) : scoreTable(scored));
if (!process.argv.includes('--markdown')) for (const part of ['dev', 'held'] as const) console.log(referenceSplit(scored, part));
const thin = thinClaims(scored);
if (thin.length) console.log(`languages with a lexicon but fewer than ${TARGET.minRows} held-out rows: ${thin.join(' ')}`);
const failures = heldOutFailures(scored);
if (failures.length)
  console.log(`held-out targets missed (${failures.length}): ${failures.map((f) => `${f.what} ${f.value.toFixed(3)}`).join('; ')}`);
const plainToo = process.argv.includes('--plain');
if (process.argv.includes('--dev-misses')) {
  for (const r of scored) {
    if (r.part !== 'dev') continue;
    if (r.label === 1 && !r.page) console.log(`FN ${r.lang} ${r.plain ? '' : '(also without context) '}${r.text}`);
    else if (r.label === 1 && !r.plain && plainToo) console.log(`FN ${r.lang} (without context only) ${r.text}`);
    if (r.label === 0 && (r.plain || r.page)) console.log(`FP ${r.lang} [${r.why ?? r.kind}]${r.plain ? '' : ' (page only)'} ${r.text}`);
  }
}
process.exitCode = failures.length ? 1 : 0;
