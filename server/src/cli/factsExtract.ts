import * as fs from 'node:fs';
import * as path from 'node:path';
import { Document, isMap, isSeq } from 'yaml';
import { loadBundledData } from '../facts/bundled';
import { parseSourceDocument } from '../facts/sourceDocument';
import type { SourceDocument } from '../facts/types';
import { NO_WORDING, WordingIndex } from '../facts/wording';
import { breakdownRelations, FactExtractor, type ExtractedFact } from '../sources/extractFacts';
import type { ExtractedAct } from '../sources/extractActs';
import type { ExtractedEvent } from '../sources/extractEvents';
import { readArgs, stringOf } from './args';
import type { CliIO } from './cli';

export const FACTS_EXTRACT_USAGE = `Usage: treaty-check facts extract SOURCE.md [--out FILE.yaml]

Reads a source (Markdown with the bundled sources' front matter and <a id> paragraph anchors) and writes every
statistic in it as a fact, in the facts file format, for review: value, unit, qualifier, period, measure, terms,
the verbatim sentence as the quote, the paragraph, and who asserted it when (author_kind, author, date).`;

/** The front matter an extraction needs: who asserted the figures, and when. */
const REQUIRED_META = ['id', 'author_kind', 'author', 'date'] as const;

/** The order of a fact's fields in the written file (as the bundled facts files write them). */
const FIELD_ORDER: (keyof ExtractedFact | keyof ExtractedAct)[] = ['id', 'type', 'measure', 'value', 'value_text', 'unit', 'qualifier', 'period', 'act', 'date', 'date_text', 'terms', 'asserted_by', 'asserted_on', 'paragraph', 'quote'];

/** `treaty-check facts extract SOURCE.md [--out FILE.yaml]`. Exit codes: 0 written, 2 usage or input errors. */
export function runFactsExtract(argv: string[], io: CliIO): number {
  const usage = (msg: string) => {
    io.err(`treaty-check: ${msg}\n\n${FACTS_EXTRACT_USAGE}\n`);
    return 2;
  };
  const args = readArgs(argv, { help: { type: 'boolean', short: 'h' }, out: { type: 'string', short: 'o' } });
  if (args.error !== undefined) return usage(args.error);
  if (args.values.help) {
    io.out(FACTS_EXTRACT_USAGE);
    return 0;
  }
  const out = stringOf(args.values, 'out');
  if (out === '') return usage('--out needs a value');
  const inputs = args.positionals;
  if (inputs.length !== 1) return usage(inputs.length ? 'one source at a time' : 'no source given');
  const file = inputs[0]!;
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(io.cwd, file), 'utf8');
  } catch (e) {
    io.err(`treaty-check: cannot read ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  const parsed = parseSourceDocument(file, text);
  for (const p of parsed.problems) io.err(`${p.file}:${p.line}:${p.column} ${p.severity} source ${p.message}\n`);
  const doc = parsed.document;
  if (!doc || parsed.problems.some((p) => p.severity === 'error')) {
    io.err(`treaty-check: ${file}: not a readable source (see above); nothing was extracted\n`);
    return 2;
  }
  const meta = (doc.meta ?? {}) as unknown as Record<string, unknown>;
  const missing = REQUIRED_META.filter((k) => typeof meta[k] !== 'string' || !(meta[k] as string).trim());
  if (missing.length) {
    io.err(`${file}:1:1 error source front matter needs ${missing.join(', ')} (who asserted the figures, and when)\n`);
    return 2;
  }
  const data = loadBundledData();
  const extractor = new FactExtractor(new WordingIndex(data.wording ?? NO_WORDING));
  const facts = extractor.extract(doc);
  const acts = extractor.extractActs(doc);
  const yaml = factsFileYaml(doc, facts, path.basename(file), acts);
  if (out) {
    try {
      fs.writeFileSync(path.resolve(io.cwd, out), yaml);
    } catch (e) {
      io.err(`treaty-check: cannot write ${out}: ${(e as Error).message}\n`);
      return 2;
    }
    io.err(`${file}: ${facts.length} statistic(s), ${acts.filter((a) => a.type === 'dated-act').length} dated act(s), ${acts.filter((a) => a.type === 'event').length} dated event(s) and ${breakdownRelations(facts).length} breakdown(s) extracted to ${out}\n`);
  } else io.out(yaml.replace(/\n$/, ''));
  return 0;
}

/** The extracted facts as a facts file (server/data/schema/facts.schema.json), with a header for the reviewer. */
export function factsFileYaml(doc: SourceDocument, facts: ExtractedFact[], from: string, acts: (ExtractedAct | ExtractedEvent)[] = []): string {
  const relations = breakdownRelations(facts);
  const body = {
    source: doc.meta.id,
    // The statistics, then the dated acts ("Order No. 162 of 24 December 2014") and events, as the facts files write them.
    facts: [...facts, ...acts].map((f) => {
      const fields = new Map(Object.entries(f));
      const entry: Record<string, unknown> = {};
      for (const k of FIELD_ORDER) if (fields.get(k) !== undefined) entry[k] = fields.get(k);
      return entry;
    }),
    // The breakdowns extraction read, as the facts files record them: a reviewer keeps, corrects or deletes them too.
    ...(relations.length ? { relations } : {}),
  };
  const yamlDoc = new Document(body, { aliasDuplicateObjects: false });
  const list = yamlDoc.get('facts');
  if (isSeq(list)) {
    for (const item of list.items) {
      if (!isMap(item)) continue;
      for (const key of ['terms', 'asserted_by', 'act']) {
        const node = item.get(key, true);
        if (isSeq(node) || isMap(node)) node.flow = true;
      }
    }
  }
  const relationList = yamlDoc.get('relations');
  if (isSeq(relationList)) {
    for (const item of relationList.items) {
      const parts = isMap(item) ? item.get('parts', true) : undefined;
      if (isSeq(parts)) parts.flow = true;
    }
  }
  const header = [
    `# Facts extracted from ${from} by treaty-check facts extract: ${facts.length} statistic(s), one per figure${acts.length ? `, and ${acts.length} dated act(s) and event(s)` : ''}.`,
    '# Read by machine: review each (measure, unit, period, terms) before relying on it, and delete what is not a statistic.',
    '# A curated fact with the same id wins over the extracted one.',
  ].join('\n');
  return `${header}\n${yamlDoc.toString({ lineWidth: 0 })}`;
}
