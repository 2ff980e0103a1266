/**
 * Developer tool: how the figures of one line of a labelled draft are judged — the context, the best candidate
 * facts with their scores, values and what each same-measure rule says. Usage:
 * tsx scripts/explain-draft.ts <draft.md> "<substring of the line>" [--extracted]
 * With `--features`, each candidate pair's features as JSON. With `--extracted`, against the facts extracted from the bundled sources alone (as `npm run eval:extracted`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildFactBase } from '../server/src/facts/bundled';
import { checkReport } from '../server/src/checks/checkReport';
import { figureContext, LABELLED_FIGURE } from '../server/src/checks/figureContext';
import { periodConflicts, scoreFact, unitsCompatible, valuesAgree } from '../server/src/checks/figureCheck';
import { featuresOf, SlotReader } from '../server/src/checks/judgement/features';
import { differenceOf } from '../server/src/checks/judgement/rules';

const [file, target] = process.argv.slice(2).filter((a) => !a.startsWith('--')) as [string, string];
const text = fs.readFileSync(file, 'utf8');
const at = text.indexOf(target);
if (at < 0) throw new Error('target not found');
const sourcesDir = path.join(__dirname, '..', 'server', 'data', 'sources');
const facts = process.argv.includes('--extracted')
  ? buildFactBase([], { bundled: false, sources: fs.readdirSync(sourcesDir).filter((f) => f.endsWith('.md')).map((f) => ({ file: path.join('.treaty', 'sources', f), text: fs.readFileSync(path.join(sourcesDir, f), 'utf8') })) }).facts
  : buildFactBase([]).facts;
const slots = new SlotReader(facts);
const result = checkReport(text, facts);
const lineStart = text.lastIndexOf('\n', at) + 1;
const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
result.model.blocks.forEach((block, blockIndex) => {
  if (block.end <= lineStart || block.start >= lineEnd) return;
  const figures = result.blockFigures[blockIndex]!;
  if (!figures.length) return;
  explainBlock(block, figures);
});

/**
 * The sentence before a block, where the block carries its subject (as checkReport reads it, roughly: the last sentence
 * of the paragraph before in the same section, for a sentence that carries or a list item or table cell).
 */
function leadInOf(block: (typeof result.model.blocks)[number]): string | undefined {
  const i = result.model.blocks.indexOf(block);
  const before = result.model.blocks.slice(0, i).reverse().find((b) => b.kind === 'paragraph' && b.section === block.section && b.text.trim());
  const last = before?.sentences[before.sentences.length - 1];
  if (!before || !last) return undefined;
  const carries = block.kind === 'tableCell' || facts.wording.carriesSubject(block.text) || /\b(?:of|out of|from)\s+(?:them|these|those|whom)\b/i.test(block.text) || LABELLED_FIGURE.test(block.text) || /:\s*$/.test(before.text.slice(last.start, last.end));
  return carries ? before.text.slice(last.start, last.end) : undefined;
}

/** `--fact ID`: explain the figure against that one fact, whatever its score. */
function onlyFactArg(): string | undefined {
  return process.argv.includes('--fact') ? process.argv[process.argv.indexOf('--fact') + 1] : undefined;
}

function explainBlock(block: (typeof result.model.blocks)[number], figures: (typeof result.blockFigures)[number]): void {
const years = figures.filter((f) => f.kind === 'year');
console.log(`\nblock [${block.kind}] ${block.text.trim().slice(0, 200)}${block.lead ? `\n  lead: ${block.lead}` : ''}`);
for (const figure of figures) {
  if (figure.kind !== 'statistic') {
    console.log(`\n[${figure.kind}: ${figure.reason ?? ''}] ${figure.text}`);
    continue;
  }
  const ctx = figureContext(result.model, block, figure, years, new Map(), figures, facts.wording, leadInOf(block));
  const j = result.figures.find((x) => x.start === block.start + figure.start);
  console.log(`\n== ${figure.text} value=${figure.value}${figure.high !== undefined ? `–${figure.high}` : ''} unit=${figure.unit ?? '-'} q=${figure.qualifier} counted=${ctx.countedStems.join(',')} period=${ctx.period?.join('–') ?? '-'} carried=${ctx.carriedText ? JSON.stringify(ctx.carriedText.slice(0, 120)) : 'no'}`);
  console.log(`   judged ${j?.status} ${(j?.rules ?? []).join(' | ')}`);
  const cands = [...facts.facts.values()]
    .filter((f) => (onlyFactArg() ? f.id === onlyFactArg() : f.type === 'statistic' && unitsCompatible(figure, f) && !periodConflicts(f, ctx)))
    .map((f) => ({ f, s: scoreFact(f, ctx, facts) }))
    .sort((a, b) => b.s - a.s)
    .slice(0, 6);
  for (const { f, s } of cands) {
    const p = featuresOf(slots, { figure, ctx, blockText: block.text }, f, s, false);
    const d = differenceOf(p);
    console.log(`   ${s.toFixed(2)} ${valuesAgree(figure, f) ? '=' : '≠'} ${f.value_text} ${f.id} [${p.counted}, near ${p.termsNear}] ${d ? `${d.rule}: ${d.reason}` : 'same measure'}`);
    if (process.argv.includes('--features')) console.log(JSON.stringify(p, (k, v) => (k === 'fact' || k === 'claim' ? undefined : v instanceof Set ? [...v] : v instanceof Map ? Object.fromEntries(v) : v)).slice(0, 2500));
  }
}
}
