import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseYaml, validateAgainst } from './dataFile';
import { foldSpace, parseSourceDocument, plainText } from './sourceDocument';
import type { Wording } from './wording';
import type { CatalogueDocument, DataProblem, Fact, Relation, SourceDocument, SourceMeta, SourceParagraph, SynonymGroup } from './types';

/** The fact base as plain, serialisable data (what the build writes to server/out/data.json). */
export interface FactBaseData {
  sources: SerializedSource[];
  facts: Fact[];
  relations: (Relation & { file?: string; line?: number })[];
  documents: CatalogueDocument[];
  /** Absent in data written before synonyms existed. */
  synonyms?: SynonymGroup[];
  /** The wording lists the judgement of figures reads claims by (server/data/wording/wording.yaml). */
  wording?: Wording;
}

export interface SerializedSource {
  meta: SourceMeta;
  file: string;
  origin?: 'workspace';
  paragraphs: SourceParagraph[];
  footnotes: [string, string][];
}

export function serializeSource(doc: SourceDocument): SerializedSource {
  return { meta: doc.meta, file: doc.file, ...(doc.origin ? { origin: doc.origin } : {}), paragraphs: doc.order.map((a) => doc.paragraphs.get(a)!), footnotes: [...doc.footnotes] };
}

export function deserializeSource(s: SerializedSource): SourceDocument {
  return { meta: s.meta, file: s.file, ...(s.origin ? { origin: s.origin } : {}), paragraphs: new Map(s.paragraphs.map((p) => [p.address, p])), order: s.paragraphs.map((p) => p.address), footnotes: new Map(s.footnotes) };
}

const yamlFiles = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => path.join(dir, f)) : []);

/** Reads and validates the bundled data folder (sources, facts, catalogue). */
export function loadDataDirectory(dataDir: string): { data: FactBaseData; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const rel = (f: string) => path.relative(process.cwd(), f) || f;
  const sources: SourceDocument[] = [];
  const sourceDir = path.join(dataDir, 'sources');
  for (const f of fs.existsSync(sourceDir) ? fs.readdirSync(sourceDir).filter((f) => f.endsWith('.md')).sort() : []) {
    const file = path.join(sourceDir, f);
    const parsed = parseSourceDocument(rel(file), fs.readFileSync(file, 'utf8'));
    problems.push(...parsed.problems);
    if (!parsed.document) continue;
    const yaml = parseYaml(rel(file), fs.readFileSync(file, 'utf8').split(/\r?\n/).slice(1, fs.readFileSync(file, 'utf8').split(/\r?\n/).indexOf('---', 1)).join('\n'), [], 1);
    if (validateAgainst('source-meta', rel(file), yaml, problems)) sources.push(parsed.document);
  }

  const facts: Fact[] = [];
  const relations: FactBaseData['relations'] = [];
  const synonyms: SynonymGroup[] = [];
  for (const file of yamlFiles(path.join(dataDir, 'facts'))) {
    const r = readFactFile(rel(file), fs.readFileSync(file, 'utf8'), 'bundled', problems);
    facts.push(...r.facts);
    relations.push(...r.relations);
    synonyms.push(...r.synonyms);
  }

  const documents: CatalogueDocument[] = [];
  for (const file of yamlFiles(path.join(dataDir, 'catalogue'))) {
    const yaml = parseYaml(rel(file), fs.readFileSync(file, 'utf8'), problems);
    if (yaml.data === undefined) continue;
    if (!validateAgainst('catalogue', rel(file), yaml, problems)) continue;
    documents.push(...(yaml.data as { documents: CatalogueDocument[] }).documents);
  }

  let wording: Wording | undefined;
  const wordingFile = path.join(dataDir, 'wording', 'wording.yaml');
  if (fs.existsSync(wordingFile)) {
    const yaml = parseYaml(rel(wordingFile), fs.readFileSync(wordingFile, 'utf8'), problems);
    if (yaml.data !== undefined && validateAgainst('wording', rel(wordingFile), yaml, problems)) wording = yaml.data as Wording;
  } else problems.push({ file: rel(wordingFile), line: 1, column: 1, path: '', message: 'the wording lists are missing', severity: 'error' });

  const data: FactBaseData = { sources: sources.map(serializeSource), facts, relations, documents, synonyms, wording };
  problems.push(...checkConsistency(data));
  return { data, problems };
}

/** Where each field of a fact was read from, for problems placed on the field itself; kept beside the facts, never serialised. */
const fieldPositions = new WeakMap<Fact, (field: string) => { line: number; column: number }>();

/** Reads one facts file (bundled or a workspace's `.treaty/facts/*.yaml`). */
export function readFactFile(file: string, text: string, origin: Fact['origin'], problems: DataProblem[]): { facts: Fact[]; relations: FactBaseData['relations']; synonyms: SynonymGroup[] } {
  const yaml = parseYaml(file, text, problems);
  if (yaml.data === undefined) return { facts: [], relations: [], synonyms: [] };
  if (!validateAgainst('facts', file, yaml, problems)) return { facts: [], relations: [], synonyms: [] };
  const body = yaml.data as { source: string; facts?: Fact[]; relations?: Relation[]; synonyms?: SynonymGroup[] };
  const facts = (body.facts ?? []).map((f, i) => {
    const pos = yaml.positionOf(['facts', i]);
    const fact: Fact = { ...f, source: body.source, origin, location: { file, line: pos.line, column: pos.column } };
    fieldPositions.set(fact, (field) => yaml.positionOf(field === 'source' ? ['source'] : ['facts', i, field]));
    return fact;
  });
  const relations = (body.relations ?? []).map((r, i) => ({ ...r, file, line: yaml.positionOf(['relations', i]).line }));
  return { facts, relations, synonyms: body.synonyms ?? [] };
}

const close = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance + 1e-9;

/** Whether parts adding up to `sum` agree with a total stated as `total` with its qualifier ("over 400" holds for 404). */
export function totalAgrees(sum: number, total: number, qualifier: string, exhaustive: boolean): boolean {
  if (!exhaustive) return qualifier === 'up-to' || qualifier === 'less-than' || qualifier === 'exact' ? sum <= total + 1e-9 : true;
  switch (qualifier) {
    case 'more-than': return sum > total;
    case 'at-least': return sum >= total;
    case 'about': return Math.abs(sum - total) <= total * 0.1;
    case 'nearly': return sum <= total && sum >= total * 0.9;
    case 'up-to': return sum <= total;
    case 'less-than': return sum < total;
    default: return close(sum, total, 0);
  }
}

/** Half a unit of the last decimal place written: "78" → 0.5, "19.2" → 0.05. */
export function roundingOf(text: string | undefined): number {
  if (!text) return 0.5;
  const m = /[.,](\d+)\s*%?\s*$/.exec(text.replace(/\s*(per cent|percent|%)$/, ''));
  return m ? 0.5 * 10 ** -m[1]!.length : 0.5;
}

/** Cross-file checks: unique ids, quotes verbatim in their paragraph, relations that refer to real facts and hold as declared. */
export function checkConsistency(data: FactBaseData, sourcesOverride?: Map<string, SourceDocument>): DataProblem[] {
  const problems: DataProblem[] = [];
  const sources = sourcesOverride ?? new Map(data.sources.map((s) => [s.meta.id, deserializeSource(s)]));
  const byId = new Map<string, Fact>();
  // Placed on the field at fault when the file was just read (its last path segment: id, quote, source …), else on the fact.
  const at = (f: Fact, p: string, message: string, severity: DataProblem['severity'] = 'error') => {
    const pos = fieldPositions.get(f)?.(/[^.]+$/.exec(p)![0]) ?? { line: f.location?.line ?? 1, column: f.location?.column ?? 1 };
    problems.push({ file: f.location?.file ?? f.source, line: pos.line, column: pos.column, path: p, message, severity });
  };

  data.facts.forEach((f) => {
    const where = `facts[id=${f.id}]`;
    if (byId.has(f.id)) {
      const other = byId.get(f.id)!;
      at(f, `${where}.id`, `duplicate fact id "${f.id}" (first defined at ${other.location?.file}:${other.location?.line})`);
      return;
    }
    byId.set(f.id, f);
    const source = sources.get(f.source);
    if (!source) {
      at(f, 'source', `unknown source "${f.source}"`);
      return;
    }
    const para = source.paragraphs.get(f.paragraph);
    if (!para) {
      at(f, `${where}.paragraph`, `source "${f.source}" has no paragraph "${f.paragraph}"`);
      return;
    }
    const quote = foldSpace(f.quote);
    if (!foldSpace(para.text).includes(quote) && !plainText(para.text).includes(quote)) {
      at(f, `${where}.quote`, `quote is not found verbatim in ${f.source} paragraph ${f.paragraph}`);
    }
    if (f.type === 'statistic' && f.value_text && !quote.includes(foldSpace(f.value_text))) {
      at(f, `${where}.value_text`, `value_text "${f.value_text}" does not occur in the quote`);
    }
    if (f.type !== 'statistic' && f.date_text && !quote.includes(foldSpace(f.date_text))) {
      at(f, `${where}.date_text`, `date_text "${f.date_text}" does not occur in the quote`);
    }
  });

  for (const r of data.relations) {
    const rp = (p: string, message: string) => problems.push({ file: r.file ?? 'relations', line: r.line ?? 1, column: 1, path: `relations[id=${r.id}]${p}`, message, severity: 'error' });
    const get = (id: string, p: string) => {
      const f = byId.get(id);
      if (!f) rp(p, `refers to unknown fact "${id}"`);
      return f;
    };
    const value = (id: string, p: string) => get(id, p)?.value;
    switch (r.kind) {
      case 'total-parts': {
        const totalFact = get(r.total, '.total');
        const total = totalFact?.value;
        const parts = r.parts.map((p, i) => value(p, `.parts[${i}]`));
        if (total === undefined || parts.some((p) => p === undefined)) break;
        const sum = (parts as number[]).reduce((a, b) => a + b, 0);
        const ok = totalAgrees(sum, total, totalFact!.qualifier ?? 'exact', r.exhaustive);
        if (ok !== r.holds) rp('.holds', `declared holds: ${r.holds}, but the parts add up to ${sum} against a total of ${total}`);
        break;
      }
      case 'share': {
        const part = value(r.part, '.part');
        const base = value(r.base, '.base');
        const pct = get(r.percent, '.percent');
        if (part === undefined || base === undefined || pct?.value === undefined || base === 0) break;
        const actual = (part / base) * 100;
        const ok = close(actual, pct.value, roundingOf(pct.value_text) + 0.5);
        if (ok !== r.holds) rp('.holds', `declared holds: ${r.holds}, but ${part} of ${base} is ${actual.toFixed(1)} % against ${pct.value} % stated`);
        break;
      }
      case 'change': {
        const from = value(r.from, '.from');
        const to = value(r.to, '.to');
        const stated = get(r.stated, '.stated');
        if (from === undefined || to === undefined || stated?.value === undefined || from === 0) break;
        const actual = (Math.abs(to - from) / from) * 100;
        const ok = close(actual, stated.value, roundingOf(stated.value_text) + 0.5);
        if (ok !== r.holds) rp('.holds', `declared holds: ${r.holds}, but ${from} → ${to} is a change of ${actual.toFixed(1)} % against ${stated.value} % stated`);
        break;
      }
      case 'conversion': {
        const from = value(r.from, '.from');
        const to = value(r.to, '.to');
        if (from === undefined || to === undefined) break;
        const ok = close(from * r.rate, to, Math.max(0.5, to * 0.001));
        if (ok !== r.holds) rp('.holds', `declared holds: ${r.holds}, but ${from} × ${r.rate} = ${from * r.rate}, against ${to}`);
        break;
      }
      case 'same-measure':
        r.facts.forEach((id, i) => get(id, `.facts[${i}]`));
        break;
    }
  }

  const symbols = new Set<string>();
  data.documents.forEach((d, i) => {
    if (symbols.has(d.symbol)) problems.push({ file: 'catalogue', line: 1, column: 1, path: `documents[${i}].symbol`, message: `document "${d.symbol}" is catalogued twice`, severity: 'error' });
    symbols.add(d.symbol);
    if (d.source && !sources.has(d.source)) problems.push({ file: 'catalogue', line: 1, column: 1, path: `documents[${i}].source`, message: `unknown source "${d.source}"`, severity: 'error' });
    for (const p of d.paragraphs ?? []) {
      for (const ref of p.referenced_by ?? []) {
        const s = sources.get(ref.source);
        if (!s) problems.push({ file: 'catalogue', line: 1, column: 1, path: `documents[${i}] ${d.symbol} para ${p.id}`, message: `referenced_by names unknown source "${ref.source}"`, severity: 'error' });
        else if (!s.paragraphs.has(ref.paragraph)) problems.push({ file: 'catalogue', line: 1, column: 1, path: `documents[${i}] ${d.symbol} para ${p.id}`, message: `referenced_by names paragraph "${ref.paragraph}" that ${ref.source} does not have`, severity: 'error' });
      }
    }
  });
  return problems;
}
