import * as fs from 'node:fs';
import type { FactBaseData } from './loadData';
import type { CatalogueDocument, CatalogueParagraph, Fact } from './types';
import { contentStems } from './words';

/**
 * The compiled fact base (`server/out/data.json`): what the build writes and the server reads at start.
 *
 * It is the plain data (`FactBaseData`) as one JSON document, laid out so that start-up stays fast and small when
 * the catalogue grows to hundreds of thousands of paragraphs:
 * - one array element per line (sources, facts, relations, documents), so the reader parses the file line by line
 *   from a small buffer and never holds the whole text in memory;
 * - every character outside ASCII written as a `\u` escape, so lines decode as Latin-1 and strings stay one-byte;
 * - each catalogued document's `paragraphs` written as a JSON string of its own, parsed the first time something
 *   reads `document.paragraphs` (a hover, a completion, a citation of that document);
 * - the stems of every fact's unit, measure and terms, computed at build (`stems`: each distinct stem once, each
 *   distinct phrase once as stem numbers, each fact as phrase numbers), so that the fact base indexes a large base
 *   without tokenizing a word, and facts that share a phrase share its stems;
 * - the values facts repeat (their source, asserter, date, unit, file) read as one string or object each.
 * The file stays valid JSON: `JSON.parse` of the whole text gives the same data with the paragraphs still packed.
 */
export const COMPILED_FORMAT = 5;

type PackedDocument = Omit<CatalogueDocument, 'paragraphs'> & { paragraphs?: string };
const SECTIONS = ['sources', 'facts', 'relations', 'documents', 'synonyms', 'wording', 'stems'] as const;

/** A fact's words as the fact base indexes them (FactBase reads them from here when the build computed them). */
export interface FactStems {
  /** The stem of a counted unit ("cameras" → "camera"); undefined for units of money, shares and none. */
  unitStem?: string;
  measureStems: string[];
  /** Each term's content stems, in the order of the terms (empty for a term of stop words only). */
  termStems: string[][];
}

/** The stems the compiled data gave each fact it holds. */
const precomputed = new WeakMap<Fact, FactStems>();
export const compiledStemsOf = (fact: Fact): FactStems | undefined => precomputed.get(fact);
/** Gives a fact the stems stemsOfFact computed for it before (the extraction cache keeps them with the facts). */
export const rememberStems = (fact: Fact, stems: FactStems): void => {
  precomputed.set(fact, stems);
};

/** Units that count no thing: money, shares (and no unit). */
const NOT_COUNTED = /per-?cent|tenge|dollar|euro|mci|^%$/i;

/** A fact's stems, computed from its words (what the build writes, and what the fact base computes without it). */
export function stemsOfFact(f: Fact, stemsOf: (phrase: string) => string[] = contentStems): FactStems {
  const unitStem = f.unit && !NOT_COUNTED.test(f.unit) ? stemsOf(f.unit.replace(/-/g, ' ')).at(-1) : undefined;
  return { ...(unitStem !== undefined ? { unitStem } : {}), measureStems: stemsOf(f.measure), termStems: f.terms.map(stemsOf) };
}

/** The `stems` section: every distinct stem and phrase once, and each fact as numbers into them. */
interface StemsSection {
  stems: string[];
  /** Each distinct phrase's stems, as numbers into `stems`. */
  phrases: number[][];
  /** Per fact, in the order of the facts: [unit stem number or -1, measure phrase, [term phrases]]. */
  facts: [number, number, number[]][];
}

function stemsSection(facts: Fact[]): StemsSection {
  const stems: string[] = [];
  const stemNumber = new Map<string, number>();
  const phrases: number[][] = [];
  const phraseNumber = new Map<string, number>();
  const numberOfStem = (s: string) => {
    let n = stemNumber.get(s);
    if (n === undefined) stemNumber.set(s, (n = stems.push(s) - 1));
    return n;
  };
  const numberOfPhrase = (words: string[]) => {
    const key = words.join(' ');
    let n = phraseNumber.get(key);
    if (n === undefined) phraseNumber.set(key, (n = phrases.push(words.map(numberOfStem)) - 1));
    return n;
  };
  return {
    stems,
    phrases,
    facts: facts.map((f) => {
      const s = stemsOfFact(f);
      return [s.unitStem === undefined ? -1 : numberOfStem(s.unitStem), numberOfPhrase(s.measureStems), s.termStems.map(numberOfPhrase)];
    }),
  };
}

const toAscii = (json: string) => json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export function serializeCompiledData(data: FactBaseData): string {
  const packed: Record<(typeof SECTIONS)[number], unknown[]> = {
    sources: data.sources,
    facts: data.facts,
    relations: data.relations,
    documents: data.documents.map((d): PackedDocument => ({ ...d, paragraphs: d.paragraphs ? toAscii(JSON.stringify(d.paragraphs)) : undefined })),
    synonyms: data.synonyms ?? [],
    wording: data.wording ? [data.wording] : [],
    stems: [stemsSection(data.facts)],
  };
  const out: string[] = [];
  SECTIONS.forEach((name, i) => {
    out.push(`${i === 0 ? `{"format":${COMPILED_FORMAT},` : ''}"${name}":[`);
    const items = packed[name];
    items.forEach((x, j) => out.push(toAscii(JSON.stringify(x)) + (j + 1 < items.length ? ',' : '')));
    out.push(i + 1 < SECTIONS.length ? '],' : ']}');
  });
  return `${out.join('\n')}\n`;
}

const HEADER = `{"format":${COMPILED_FORMAT},"sources":[\n`;

/** Reads a compiled fact base; a plain `FactBaseData` JSON file (as written before format 2) is read as well. */
export function readCompiledData(file: string): FactBaseData {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(HEADER.length);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    if (head.toString('latin1', 0, n) !== HEADER) return parsePlain(fs.readFileSync(file, 'utf8'), file);
    const lines = new CompiledLines(file);
    forEachLine(fd, (line) => lines.add(line));
    return lines.data();
  } finally {
    fs.closeSync(fd);
  }
}

/** The same from the file's text. */
export function parseCompiledData(text: string): FactBaseData {
  if (!text.startsWith(HEADER)) return parsePlain(text, 'compiled fact base');
  const lines = new CompiledLines('compiled fact base');
  for (const line of text.split('\n')) lines.add(line);
  return lines.data();
}

function parsePlain(text: string, file: string): FactBaseData {
  const plain = JSON.parse(text) as FactBaseData & { format?: number };
  if (plain.format !== undefined) throw new Error(`${file} has compiled format ${plain.format}; this version reads format ${COMPILED_FORMAT}: rebuild it (npm run build)`);
  return plain;
}

/** The line-by-line reader: a line opens a section, closes it, or is one element of it. */
class CompiledLines {
  private readonly sections: Record<string, unknown[]> = { sources: [], facts: [], relations: [], documents: [], synonyms: [], wording: [], stems: [] };
  /** One instance of each value facts repeat. */
  private readonly strings = new Map<string, string>();
  private readonly asserters = new Map<string, Fact['asserted_by']>();
  private section: unknown[] | undefined;
  private lineNo = 0;
  constructor(private readonly file: string) {}

  add(line: string): void {
    this.lineNo++;
    const open = /^(?:\{"format":\d+,)?"(sources|facts|relations|documents|synonyms|wording|stems)":\[$/.exec(line);
    if (open) this.section = this.sections[open[1]!];
    else if (line === '],' || line === ']}') this.section = undefined;
    else if (this.section && line) {
      const item: unknown = JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line);
      this.section.push(this.section === this.sections.facts ? this.shared(item as Fact) : item);
    } else if (line) throw new Error(`${this.file}:${this.lineNo}: not a line of a compiled fact base`);
  }

  /**
   * A fact with the values many facts repeat replaced by one instance each: JSON.parse makes a new string for every
   * "state-party", every source id and file name, and a new object for every asserter.
   */
  private shared(f: Fact): Fact {
    const one = (s: string) => {
      const known = this.strings.get(s);
      if (known !== undefined) return known;
      this.strings.set(s, s);
      return s;
    };
    f.source = one(f.source);
    f.origin = one(f.origin) as Fact['origin'];
    f.asserted_on = one(f.asserted_on);
    if (f.unit !== undefined) f.unit = one(f.unit);
    if (f.period !== undefined) f.period = one(f.period);
    if (f.location) f.location.file = one(f.location.file);
    const key = JSON.stringify(f.asserted_by);
    const asserter = this.asserters.get(key);
    if (asserter) f.asserted_by = asserter;
    else this.asserters.set(key, f.asserted_by);
    return f;
  }

  data(): FactBaseData {
    const s = this.sections;
    const index = s.stems[0] as StemsSection | undefined;
    const facts = s.facts as Fact[];
    if (index && index.facts.length === facts.length) {
      const phrases = index.phrases.map((p) => p.map((n) => index.stems[n]!));
      facts.forEach((f, i) => {
        const [unit, measure, terms] = index.facts[i]!;
        precomputed.set(f, { unitStem: unit < 0 ? undefined : index.stems[unit], measureStems: phrases[measure]!, termStems: terms.map((t) => phrases[t]!) });
      });
    }
    return { sources: s.sources as FactBaseData['sources'], facts: s.facts as FactBaseData['facts'], relations: s.relations as FactBaseData['relations'], documents: (s.documents as PackedDocument[]).map(unpackParagraphs), synonyms: s.synonyms as FactBaseData['synonyms'], wording: s.wording[0] as FactBaseData['wording'] };
  }
}

/** Calls `f` with each line of an ASCII file, reading it a block at a time. */
function forEachLine(fd: number, f: (line: string) => void): void {
  const block = Buffer.alloc(1 << 20);
  let rest = '';
  let position = 0;
  for (;;) {
    const n = fs.readSync(fd, block, 0, block.length, position);
    if (n === 0) break;
    position += n;
    const text = rest + block.toString('latin1', 0, n);
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      f(text.slice(from, nl));
      from = nl + 1;
    }
    rest = text.slice(from);
  }
  if (rest) f(rest);
}

/** A document whose paragraphs are parsed on first read; reading them is the same as for plain data. */
function unpackParagraphs(doc: PackedDocument): CatalogueDocument {
  const packed = doc.paragraphs;
  const d = doc as unknown as CatalogueDocument;
  if (typeof packed !== 'string') return d;
  const settle = (value: CatalogueParagraph[] | undefined) => {
    Object.defineProperty(d, 'paragraphs', { value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  Object.defineProperty(d, 'paragraphs', {
    enumerable: true,
    configurable: true,
    get: () => settle(JSON.parse(packed) as CatalogueParagraph[]),
    set: settle,
  });
  return d;
}
