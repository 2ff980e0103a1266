/**
 * Benchmark inputs, generated reproducibly (fixed seed) from the bundled data:
 * - reports of N pages (a page ≈ 3 KB) recombining real paragraphs of the five sources and the example
 *   report, sentences built from fact quotes (some with a changed figure, so mismatches fire), citations of
 *   known, unknown and out-of-range paragraphs, tables, suppression comments and code blocks;
 * - fact bases in the compiled `server/out/data.json` format, scaled by copying the bundled catalogue and
 *   facts under other countries' symbols and terms, so the server loads them through its own code.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readCompiledData } from '../server/src/facts/compiledData';
import type { FactBaseData } from '../server/src/facts/loadData';
import type { CatalogueDocument, Fact, Relation } from '../server/src/facts/types';

/** The repository: the folder above `bench/`, whether this runs from source or from a bundle under server/out/bench. */
export const ROOT = ((): string => {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'bench', 'generate.ts'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(__dirname, '..');
  }
})();
export const GENERATED = path.join(ROOT, '.cache', 'bench');
export const PAGE_BYTES = 3 * 1024;
export const SEED = 20240704;

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

export function compiledData(): FactBaseData {
  const file = path.join(ROOT, 'server', 'out', 'data.json');
  if (!fs.existsSync(file)) throw new Error('server/out/data.json is missing: run `npm run build` first');
  return readCompiledData(file);
}

interface Material {
  /** Paragraphs of the sources and the example, each as its sentences. */
  paragraphs: string[][];
  headings: string[];
}

let material_: Material | undefined;
/** Prose paragraphs and headings of the bundled sources and the example report, as Markdown. */
function material(): Material {
  if (material_) return material_;
  const paragraphs: string[][] = [];
  const headings: string[] = [];
  const files = fs.readdirSync(path.join(ROOT, 'server', 'data', 'sources')).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(ROOT, 'server', 'data', 'sources', f));
  files.push(path.join(ROOT, 'examples', 'follow-up-reply.md'));
  for (const file of files) {
    let text = fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
    if (text.startsWith('---\n')) text = text.slice(text.indexOf('\n---\n', 4) + 5);
    // Code blocks, anchors and footnotes are the sources' furniture, not a drafter's prose.
    text = text.replace(/```[\s\S]*?```/g, '').replace(/^<a id="[^"]*"><\/a>\s*$/gm, '').replace(/^\[\^[^\]]+\]:.*$/gm, '').replace(/\[\^[^\]]+\]/g, '');
    for (const chunk of text.split(/\n{2,}/)) {
      const c = chunk.trim();
      if (!c) continue;
      const h = /^#{1,6}\s+(.+)$/.exec(c);
      if (h && !c.includes('\n')) headings.push(h[1]!.trim());
      else if (c.length >= 60 && !c.startsWith('<!--') && !c.startsWith('|')) {
        const prose = c.replace(/^\d+\.\s+/, '').replace(/\s*\n\s*/g, ' ');
        paragraphs.push(prose.split(/(?<=[.;!?])\s+(?=[A-Z(])/).filter((x) => x.length > 3));
      }
    }
  }
  return (material_ = { paragraphs, headings });
}

/** A sentence stating a fact, sometimes with its figure changed so that the checker has something to say. */
function factSentence(rand: () => number, fact: Fact): string {
  let quote = fact.quote.replace(/\s+/g, ' ').trim().replace(/[.;,:]+$/, '');
  if (fact.type === 'statistic' && fact.value_text && fact.value !== undefined && rand() < 0.3) {
    const digits = /^\d[\d,\s]*$/.test(fact.value_text.trim());
    if (digits && fact.value >= 20) {
      const changed = Math.round(fact.value * (1 + (rand() < 0.5 ? -1 : 1) * (0.05 + rand() * 0.2)));
      quote = quote.replace(fact.value_text, changed.toLocaleString('en-GB'));
    }
  }
  return `${quote[0]!.toUpperCase()}${quote.slice(1)}.`;
}

const SYMBOLS = ['CAT/C/KAZ/Q/4', 'CAT/C/KAZ/CO/4', 'CAT/C/KAZ/CO/3', 'CAT/C/KAZ/4', 'CAT/OP/KAZ/1', 'CCPR/C/KAZ/CO/2'];
const UNKNOWN_SYMBOLS = ['CAT/C/KAZ/CO/9', 'CAT/C/KZA/Q/4', 'CCPR/C/KAZ/CO/7'];

function citation(rand: () => number): string {
  const r = rand();
  if (r < 0.08) return `(${pick(rand, UNKNOWN_SYMBOLS)})`;
  if (r < 0.5) {
    const para = 1 + Math.floor(rand() * 33); // 31–33 are beyond the list of issues
    return rand() < 0.2 ? `(CAT/C/KAZ/Q/4, para. ${Math.min(para, 30)} (${pick(rand, ['a', 'b', 'c'])}))` : `(CAT/C/KAZ/Q/4, para. ${para})`;
  }
  if (r < 0.7) return `(see ${pick(rand, SYMBOLS)}, paras. ${8 + Math.floor(rand() * 10)}–${20 + Math.floor(rand() * 10)})`;
  if (r < 0.85) return `(question ${1 + Math.floor(rand() * 30)} of the list of issues)`;
  return `(${pick(rand, SYMBOLS)}, para. ${1 + Math.floor(rand() * 40)})`;
}

function table(rand: () => number, facts: Fact[]): string {
  const rows = Array.from({ length: 3 + Math.floor(rand() * 4) }, () => pick(rand, facts));
  return ['| Measure | Figure | Period |', '| --- | --- | --- |', ...rows.map((f) => `| ${f.measure.replace(/\|/g, '/')} | ${f.value_text} | ${f.period ?? ''} |`)].join('\n');
}

/**
 * A report of about `pages` × 3 KB of Markdown: paragraphs recombined from runs of sentences of the sources,
 * a sentence stating a fact (a third of them with another figure) in one paragraph out of five, citations,
 * headings, and now and then a table, a suppression comment or a code block. About as many figures per page as
 * the sources themselves have, and no two paragraphs alike.
 */
export function generateReport(pages: number, data: FactBaseData, seed = SEED + pages): string {
  const rand = prng(seed);
  const { paragraphs, headings } = material();
  const stats = data.facts.filter((f) => f.type === 'statistic' && f.value_text);
  const target = pages * PAGE_BYTES;
  const out: string[] = [`---\ntitle: Synthetic report (${pages} pages, seed ${seed})\n---`, `# ${pick(rand, headings)}`];
  let size = out.join('\n\n').length;
  let sinceHeading = 0;
  let numbered = rand() < 0.5;
  let n = 0;
  const add = (s: string) => {
    out.push(s);
    size += s.length + 2;
  };
  while (size < target) {
    if (sinceHeading > 3 + rand() * 6) {
      add(`${rand() < 0.2 ? '#' : '##'} ${pick(rand, headings)}${rand() < 0.3 ? ` (${pick(rand, SYMBOLS)})` : ''}`);
      sinceHeading = 0;
      numbered = rand() < 0.5;
    }
    const r = rand();
    if (r < 0.9) {
      const from = pick(rand, paragraphs);
      const at = Math.floor(rand() * from.length);
      const sentences = from.slice(at, at + 1 + Math.floor(rand() * 3));
      if (rand() < 0.35) sentences.push(pick(rand, pick(rand, paragraphs)));
      if (rand() < 0.2) sentences.splice(Math.floor(rand() * (sentences.length + 1)), 0, factSentence(rand, pick(rand, stats)));
      let p = sentences.join(' ');
      if (rand() < 0.4) p = `${p.replace(/[.;]?\s*$/, '')} ${citation(rand)}.`;
      add(numbered ? `${++n}. ${p}` : p);
    } else if (r < 0.94) {
      add(table(rand, stats));
    } else if (r < 0.97) {
      add(`<!-- treaty-disable-next-line figure-mismatch -->\n${factSentence(rand, pick(rand, stats))}`);
    } else {
      add(['```text', factSentence(rand, pick(rand, stats)), '```'].join('\n'));
    }
    sinceHeading++;
  }
  return `${out.join('\n\n')}\n`;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** A three-letter code for copy `i` that is never KAZ (i ≥ 1). */
function countryCode(i: number): string {
  let n = i + 17576 / 3; // start away from AAA
  const code = [0, 0, 0].map(() => {
    const c = LETTERS[Math.floor(n) % 26]!;
    n = Math.floor(n / 26);
    return c;
  }).reverse().join('');
  return code === 'KAZ' ? 'KZX' : code;
}
/** A made-up country word for copy `i`, used in its facts' terms so that copies do not agree with a Kazakh report. */
function countryWord(i: number): string {
  const syll = ['ra', 'vo', 'ki', 'len', 'dor', 'mu', 'sta', 'bel', 'qua', 'zen', 'tri', 'po'];
  let n = i;
  let w = '';
  do {
    w += syll[n % syll.length];
    n = Math.floor(n / syll.length);
  } while (n > 0);
  return `${w}ia`;
}

export interface ScaledData {
  data: FactBaseData;
  recommendations: number;
}

/**
 * The bundled fact base with `copies - 1` more copies of its catalogue (every document under another
 * country's symbols, text not bundled, no aliases) and `factCopies - 1` more copies of its facts and relations
 * (ids, measures and terms naming another country). Copy 0 is the bundled data itself.
 */
export function scaleData(base: FactBaseData, copies: number, factCopies = copies): ScaledData {
  const documents: CatalogueDocument[] = [...base.documents];
  for (let i = 1; i < copies; i++) {
    const code = countryCode(i);
    for (const d of base.documents) {
      const symbol = d.symbol.includes('KAZ') ? d.symbol.replace(/KAZ/g, code) : `${d.symbol}/X${i}`;
      // Copies keep what a catalogue entry of the recommendation index has: no curator's notes, no aliases.
      documents.push({
        ...d,
        symbol,
        source: null,
        aliases: undefined,
        note: undefined,
        date_basis: undefined,
        corrigenda: d.corrigenda?.map((c) => (c.includes('KAZ') ? c.replace(/KAZ/g, code) : `${c}/X${i}`)),
        title: d.title.replace(/Kazakhstan/g, countryWord(i)),
        paragraphs: d.paragraphs?.map((p) => ({ ...p, referenced_by: undefined })),
      });
    }
  }
  const facts: Fact[] = [...base.facts];
  const relations: FactBaseData['relations'] = [...base.relations];
  for (let i = 1; i < factCopies; i++) {
    const word = countryWord(i);
    const id = (x: string) => `${x}.${word}`;
    for (const f of base.facts) {
      facts.push({ ...f, id: id(f.id), measure: `${f.measure} in ${word}`, terms: f.terms.map((t) => `${word} ${t}`), scope: f.scope ? `${f.scope}-${word}` : undefined, act: f.act ? { ...f.act, number: `${f.act.number}-${i}` } : undefined });
    }
    for (const r of base.relations) relations.push(renameRelation(r, id));
  }
  const recommendations = documents.reduce((n, d) => n + (d.paragraphs?.length ?? 0), 0);
  return { data: { sources: base.sources, facts, relations, documents }, recommendations };
}

function renameRelation(r: FactBaseData['relations'][number], id: (x: string) => string): FactBaseData['relations'][number] {
  const rel = { ...r, id: id(r.id) } as Relation & { file?: string; line?: number };
  switch (rel.kind) {
    case 'total-parts': return { ...rel, total: id(rel.total), parts: rel.parts.map(id) };
    case 'share': return { ...rel, part: id(rel.part), base: id(rel.base), percent: id(rel.percent) };
    case 'same-measure': return { ...rel, facts: rel.facts.map(id) };
    case 'conversion': return { ...rel, from: id(rel.from), to: id(rel.to) };
    case 'change': return { ...rel, from: id(rel.from), to: id(rel.to), stated: id(rel.stated) };
  }
}

/** Copies needed for a catalogue of at least `recommendations` catalogued paragraphs. */
export function copiesFor(base: FactBaseData, recommendations: number): number {
  const perCopy = base.documents.reduce((n, d) => n + (d.paragraphs?.length ?? 0), 0);
  return Math.ceil(recommendations / perCopy);
}

/** Writes (once) a generated file and returns its path. */
export function cached(name: string, make: () => string): string {
  fs.mkdirSync(GENERATED, { recursive: true });
  const file = path.join(GENERATED, name);
  if (!fs.existsSync(file)) {
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, make());
    fs.renameSync(tmp, file);
  }
  return file;
}

/**
 * Report shapes that NGO reports really have, beyond plain prose (issue #18). Each is measured against remark-parse
 * with remark-gfm alone on the same text. All are reproducible (fixed seeds).
 */
export interface Shape {
  /** Short name, used in file names and the table. */
  name: string;
  /** What it is, for the table. */
  description: string;
  make: (data: FactBaseData) => string;
}

/** The text of a footnote: a citation, a law, a source with its address, or a sentence of the sources. */
function footnoteText(rand: () => number, paragraphs: string[][]): string {
  const r = rand();
  if (r < 0.3) return `${pick(rand, SYMBOLS)}, para. ${1 + Math.floor(rand() * 40)}.`;
  if (r < 0.5) return `Law of the Republic of Kazakhstan No. ${100 + Math.floor(rand() * 400)}-VI of ${1 + Math.floor(rand() * 28)} ${pick(rand, ['January', 'March', 'June', 'October', 'December'])} ${2015 + Math.floor(rand() * 9)}.`;
  if (r < 0.7) return `Information of the Prosecutor General's Office, https://www.gov.kz/memleket/entities/prokuror/press/news/details/${100000 + Math.floor(rand() * 900000)} (accessed ${1 + Math.floor(rand() * 28)} March 2024).`;
  return pick(rand, pick(rand, paragraphs));
}

/**
 * The report of `pages` pages with footnote references at the end of sentences (about `perPage` a page), defined either
 * all at the end (blank lines between them, as pandoc writes them) or right after the paragraph that cites them.
 */
export function footnotedReport(pages: number, data: FactBaseData, placement: 'end' | 'after-paragraph', perPage = 11): string {
  const rand = prng(SEED + 1000 + pages);
  const { paragraphs } = material();
  const blocks = generateReport(pages, data).replace(/\n$/, '').split('\n\n');
  const isParagraph = (b: string) => !/^(?:#|\||<!--|```|---)/.test(b);
  const total = pages * perPage;
  const candidates = blocks.filter(isParagraph).length;
  let n = 0;
  const definitions: string[] = [];
  const out: string[] = [];
  for (const b of blocks) {
    if (!isParagraph(b)) {
      out.push(b);
      continue;
    }
    const own: string[] = [];
    // Sentence ends: a period, then a space and a capital, or the end of the paragraph.
    const withRefs = b.replace(/([a-z)0-9])\.(?= [A-Z]|$)/g, (m, c: string) => {
      if (n >= total || rand() >= (1.6 * total) / (candidates * 3)) return m;
      n++;
      own.push(`[^${n}]: ${footnoteText(rand, paragraphs)}`);
      return `${c}.[^${n}]`;
    });
    out.push(withRefs);
    if (placement === 'after-paragraph' && own.length) out.push(own.join('\n'));
    else definitions.push(...own);
  }
  if (placement === 'end') out.push('## Notes', ...definitions);
  return `${out.join('\n\n')}\n`;
}

/** `count` footnotes in short sentences, three to six a paragraph, defined at the end one a line (about 50 bytes each). */
export function denseFootnotes(count: number): string {
  const rand = prng(SEED + 2000 + count);
  const subjects = ['Complaints rose', 'Convictions fell', 'Visits rose', 'Cases closed', 'Deaths fell', 'Charges rose'];
  const out: string[] = ['# Notes on the figures'];
  const definitions: string[] = [];
  let paragraph: string[] = [];
  for (let i = 1; i <= count; i++) {
    paragraph.push(`${pick(rand, subjects)} in ${2015 + (i % 9)}.[^${i}]`);
    const r = rand();
    definitions.push(`[^${i}]: ${r < 0.3 ? 'Ibid.' : r < 0.6 ? `Ibid., para. ${1 + (i % 40)}.` : `${pick(rand, SYMBOLS)}, para. ${1 + (i % 40)}.`}`);
    if (paragraph.length >= 3 + rand() * 4 || i === count) {
      out.push(paragraph.join(' '));
      paragraph = [];
    }
  }
  return `${out.join('\n\n')}\n\n${definitions.join('\n')}\n`;
}

/** A statistics table of `rows` rows (region, year, figures, a share), with a heading and a paragraph before and after. */
export function statisticsTable(rows: number): string {
  const rand = prng(SEED + 3000 + rows);
  const regions = ['Almaty', 'Astana', 'Shymkent', 'Akmola Region', 'Aktobe Region', 'Almaty Region', 'Atyrau Region', 'East Kazakhstan Region', 'Karaganda Region', 'Kostanay Region', 'Kyzylorda Region', 'Mangystau Region', 'Pavlodar Region', 'North Kazakhstan Region', 'Turkestan Region', 'West Kazakhstan Region', 'Zhambyl Region'];
  const lines = ['| Region | Year | Complaints of torture | Criminal cases opened | Persons convicted | Share convicted |', '| --- | ---: | ---: | ---: | ---: | ---: |'];
  for (let i = 0; i < rows; i++) {
    const complaints = 20 + Math.floor(rand() * 900);
    const cases = Math.floor(complaints * rand() * 0.4);
    const convicted = Math.floor(cases * rand() * 0.5);
    lines.push(`| ${regions[i % regions.length]} | ${2005 + ((i / regions.length) | 0) % 19} | ${complaints.toLocaleString('en-GB')} | ${cases} | ${convicted} | ${cases ? ((100 * convicted) / cases).toFixed(1) : '0.0'} % |`);
  }
  return `# Complaints of torture by region and year\n\nThe table gives the figures of the Prosecutor General's Office (CAT/C/KAZ/4, para. 12).\n\n${lines.join('\n')}\n\nSource: the State party's replies to the list of issues (CAT/C/KAZ/Q/4, para. 6).\n`;
}

/**
 * A nested list of `items` items as recommendations are outlined: numbered items, each with bulleted points and
 * sub-points (up to three levels), some points continued by a second paragraph; no blank lines between items.
 */
export function nestedList(items: number, data: FactBaseData): string {
  const rand = prng(SEED + 4000 + items);
  // Points are short: sentences of the sources of at most 120 characters, without list marks of their own.
  const short = material().paragraphs.map((p) => p.map((x) => x.replace(/^[-*+]\s+/, '')).filter((x) => x.length <= 120)).filter((p) => p.length);
  const paragraphs = short;
  const stats = data.facts.filter((f) => f.type === 'statistic' && f.value_text && f.quote.length <= 120);
  const lines: string[] = ['# Implementation of the recommendations', ''];
  let top = 0;
  let depth = 0;
  // Points are indented under the text of the item above them (4 columns under "12. ", 5 under "123. ").
  let indent = '   ';
  for (let i = 0; i < items; i++) {
    const sentence = rand() < 0.3 ? factSentence(rand, pick(rand, stats)) : pick(rand, pick(rand, paragraphs));
    if (i === 0 || depth === 0 || rand() < 0.25) depth = 0;
    else depth = Math.min(2, Math.max(1, depth + (rand() < 0.5 ? 1 : -1)));
    if (depth === 0) {
      const marker = `${++top}. `;
      indent = ' '.repeat(marker.length);
      lines.push(`${marker}${sentence}`);
    } else lines.push(`${indent}${'  '.repeat(depth - 1)}- ${sentence}`);
    if (depth === 0 || rand() < 0.3) depth = Math.max(depth, 1);
    if (depth > 0 && rand() < 0.05) lines.push('', `${indent}${'  '.repeat(depth - 1)}  ${pick(rand, pick(rand, paragraphs))}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The shapes `npm run bench` measures; `quick` keeps them at about 50 pages. */
export function shapes(quick: boolean): Shape[] {
  const out: Shape[] = [
    { name: 'footnotes-end-50p', description: '50 pages, footnotes defined at the end', make: (d) => footnotedReport(50, d, 'end') },
    { name: 'footnotes-inline-50p', description: '50 pages, footnotes defined after each paragraph', make: (d) => footnotedReport(50, d, 'after-paragraph') },
    { name: 'footnotes-1000', description: '1,000 footnotes in 50 KB, defined at the end', make: () => denseFootnotes(1000) },
    { name: 'table-3000', description: 'statistics table, 3,000 rows', make: () => statisticsTable(3000) },
    { name: 'list-2000', description: 'nested list, 2,000 items', make: (d) => nestedList(2000, d) },
  ];
  if (!quick) {
    out.push(
      { name: 'footnotes-20000', description: '20,000 footnotes, defined at the end', make: () => denseFootnotes(20000) },
      { name: 'table-20000', description: 'statistics table, 20,000 rows', make: () => statisticsTable(20000) },
    );
  }
  return out;
}

/**
 * `count` workspace sources for the scale benchmark (issue #17): the five bundled source files in turn, each copy
 * under another country's symbol and id (CAT/C/XXX/Q/4, CAT/C/XXX/CO/n …) with the country named otherwise, so that
 * every copy is a source of its own that extraction reads in full. Front matter and paragraphs as in the bundled files.
 */
export function scaledSources(count: number): { name: string; text: string }[] {
  const dir = path.join(ROOT, 'server', 'data', 'sources');
  const originals = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const out: { name: string; text: string }[] = [];
  for (let i = 0; i < count; i++) {
    const k = i % originals.length;
    const code = countryCode(i + 1);
    const word = countryWord(i + 1);
    const country = `${word[0]!.toUpperCase()}${word.slice(1)}`;
    const original = originals[k]!;
    const id = /^id: (.+)$/m.exec(original)![1]!.trim();
    const symbol = /^symbol: CAT\/C\/KAZ\/Q\/4$/m.test(original) ? `CAT/C/${code}/Q/4` : `CAT/C/${code}/CO/${k + 1}`;
    const text = original
      .replace(/^id: .+$/m, `id: ${id}-${code.toLowerCase()}`)
      .replace(/^symbol: .+$/m, `symbol: ${symbol}`)
      .replace(/Kazakhstan/g, country)
      .replace(/\bKAZ\b/g, code);
    out.push({ name: `${id}-${code.toLowerCase()}.md`, text });
  }
  return out;
}
