import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkReport } from '../checks/checkReport';
import { ALL_CODES, type FindingCode, type Severity } from '../checks/findings';
import { buildFactBase, loadBundledData } from '../facts/bundled';
import { NO_WORDING } from '../facts/wording';
import { CACHE_FOLDER, ExtractionCache } from '../sources/extractionCache';
import { CODE_DOCS } from './codeDocs';
import { runFactsExtract } from './factsExtract';
import { readArgs, stringOf, stringsOf } from './args';
import { runImportDoor } from './importDoor';
import { formatJson, formatSarif, formatText, repositoryRoot, summarize, type FileReport } from './formats';
import { factBaseVersion, TOOL_VERSION } from './version';

const USAGE = `Usage: treaty-check [options] <files|dirs|globs...>
       treaty-check facts extract SOURCE.md [--out FILE.yaml]
       treaty-check import FILE.docx|FILE.pdf|FILE.html [--symbol S] [--out FILE.md] ...   (import --help)

Checks figures and citations in Markdown reports against the bundled fact base.

Options:
  --format text|json|sarif   output format (default: text: file:line:col severity code message)
  --max-warnings N           exit 1 only when there are more than N warnings (errors always fail)
  --severity code=level      override a code's severity (error|warning|information|hint|off); repeatable
  --facts FILE|DIR|GLOB      add workspace facts (same schema as the bundled facts), e.g. .treaty/facts; repeatable
  --sources FILE|DIR|GLOB    add source documents (Markdown with front matter), e.g. .treaty/sources; repeatable
  --no-bundled               leave out the bundled fact base (its facts, sources and document catalogue)
  --no-cache                 extract the sources' facts afresh: do not read or write .treaty/cache
  --unverified               also report statistics no fact speaks about (figure-unverified)
  --quiet                    report errors only (warnings neither print nor fail)
  --explain CODE             say what a code means, with an example
  -h, --help                 this help
  --version                  the tool's version

Codes: ${ALL_CODES.join(', ')}
Exit codes: 0 clean, 1 findings at or above the threshold, 2 usage or input errors.`;

/** How many files make a run long enough for a progress line (shown only on a terminal). */
const PROGRESS_FROM = 6;

export interface CliIO {
  out: (s: string) => void;
  /** Writes to stderr as it is: every message ends with its own newline, except the progress line (redrawn in place). */
  err: (s: string) => void;
  /** Whether stderr is a terminal: only then a progress line is drawn. */
  isTTY: boolean;
  cwd: string;
}

export function runCli(argv: string[], io: CliIO): number {
  if (argv[0] === 'facts' && argv[1] === 'extract') return runFactsExtract(argv.slice(2), io);
  const usage = (msg: string) => {
    io.err(`treaty-check: ${msg}\n\n${USAGE}\n`);
    return 2;
  };
  const args = readArgs(argv, {
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' },
    explain: { type: 'string' },
    format: { type: 'string', default: 'text' },
    'max-warnings': { type: 'string' },
    severity: { type: 'string', multiple: true },
    facts: { type: 'string', multiple: true },
    sources: { type: 'string', multiple: true },
    'no-bundled': { type: 'boolean' },
    'no-cache': { type: 'boolean' },
    quiet: { type: 'boolean' },
    unverified: { type: 'boolean' },
  });
  if (args.error !== undefined) return usage(args.error);
  const { values } = args;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (values.version) {
    io.out(TOOL_VERSION);
    return 0;
  }
  const explain = stringOf(values, 'explain');
  if (explain !== undefined) {
    const code = explain as FindingCode;
    if (!CODE_DOCS[code]) return usage(`unknown code "${code}"; codes: ${ALL_CODES.join(', ')}`);
    io.out(`${code}\n\n${CODE_DOCS[code].summary}\n\nExample:\n  ${CODE_DOCS[code].example}`);
    return 0;
  }
  const format = stringOf(values, 'format')!;
  if (!['text', 'json', 'sarif'].includes(format)) return usage(`unknown format "${format}"`);
  let maxWarnings = -1;
  const max = stringOf(values, 'max-warnings');
  if (max !== undefined) {
    if (!/^\d+$/.test(max)) return usage(`--max-warnings takes a whole number, not "${max}"`);
    maxWarnings = Number(max);
  }
  const severities: Partial<Record<FindingCode, Severity | 'off'>> = {};
  for (const v of stringsOf(values, 'severity')) {
    const m = /^([a-z-]+)=(error|warning|information|hint|off)$/.exec(v);
    if (!m || !(ALL_CODES as string[]).includes(m[1]!)) return usage(`--severity takes code=level (level: error, warning, information, hint or off), e.g. figure-mismatch=error; not "${v}"`);
    severities[m[1] as FindingCode] = m[2] as Severity | 'off';
  }
  const factInputs = stringsOf(values, 'facts');
  const sourceInputs = stringsOf(values, 'sources');
  const bundled = !values['no-bundled'];
  const useCache = !values['no-cache'];
  const quiet = !!values.quiet;
  const unverified = !!values.unverified;
  const inputs = args.positionals;
  if (!inputs.length) return usage('no files given');

  const files = expandInputs(inputs, io.cwd, /\.(md|markdown)$/i);
  const factFiles = expandInputs(factInputs, io.cwd, /\.ya?ml$/i);
  const sourceFiles = expandInputs(sourceInputs, io.cwd, /\.(md|markdown)$/i);
  for (const m of files.missing) io.err(`treaty-check: cannot read ${m}: no such file, or a pattern that matches nothing\n`);
  for (const m of factFiles.missing) io.err(`treaty-check: cannot read facts file ${m}: no such file, or a pattern that matches nothing\n`);
  for (const m of sourceFiles.missing) io.err(`treaty-check: cannot read source ${m}: no such file, or a pattern that matches nothing\n`);
  if (files.missing.length || factFiles.missing.length || sourceFiles.missing.length) return 2;

  const sources: { file: string; text: string }[] = [];
  const unreadableSources: string[] = [];
  for (const f of sourceFiles.found) {
    try {
      sources.push({ file: f, text: fs.readFileSync(path.resolve(io.cwd, f), 'utf8') });
    } catch (e) {
      io.err(`${f}:1:1 error source-file cannot read the file: ${(e as Error).message}\n`);
      unreadableSources.push(f);
    }
  }

  const workspace: { file: string; text: string }[] = [];
  for (const f of factFiles.found) {
    try {
      workspace.push({ file: f, text: fs.readFileSync(path.resolve(io.cwd, f), 'utf8') });
    } catch (e) {
      io.err(`treaty-check: cannot read facts file ${f}: ${(e as Error).message}\n`);
      return 2;
    }
  }
  const { facts, problems } = buildFactBase(workspace, { sources, bundled, extractor: sources.length ? sourceExtractor(io, useCache) : undefined });
  const isSource = new Set(sources.map((s) => s.file));
  for (const p of problems) io.err(`${p.file}:${p.line}:${p.column} ${p.severity} ${isSource.has(p.file) ? 'source-file' : 'facts-file'} ${p.path ? `${p.path}: ` : ''}${p.message}\n`);
  const broken = [...new Set([...unreadableSources, ...problems.filter((p) => p.severity === 'error').map((p) => p.file)])];
  if (broken.length) {
    const what = broken.every((f) => isSource.has(f) || unreadableSources.includes(f)) ? 'source' : broken.some((f) => isSource.has(f) || unreadableSources.includes(f)) ? 'source or facts file' : 'facts file';
    io.err(`treaty-check: ${broken.join(', ')}: broken ${what}${broken.length > 1 ? 's' : ''} (see above); nothing was checked\n`);
    return 2;
  }

  const reports: FileReport[] = [];
  let unreadable = false;
  const progress = io.isTTY && !quiet && files.found.length >= PROGRESS_FROM;
  files.found.forEach((file, i) => {
    if (progress) io.err(`\rchecking ${i + 1}/${files.found.length} ${file}\x1b[K`);
    let text: string;
    try {
      text = fs.readFileSync(path.resolve(io.cwd, file), 'utf8');
    } catch (e) {
      io.err(`treaty-check: cannot read ${file}: ${(e as Error).message}\n`);
      unreadable = true;
      return;
    }
    const result = checkReport(text, facts, { reportUnverified: unverified, severities });
    const findings = quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
    reports.push({ file, text, lineStarts: result.model.lineStarts, findings });
  });
  if (progress) io.err('\r\x1b[K');

  const version = factBaseVersion(facts.data);
  const body =
    format === 'json' ? formatJson(reports, version)
    : format === 'sarif' ? formatSarif(reports, { factBaseVersion: version, toolVersion: TOOL_VERSION, cwd: io.cwd, srcRoot: repositoryRoot(io.cwd), severities, factsFiles: factFiles.found, sourceFiles: sourceFiles.found, bundled })
    : formatText(reports);
  if (body) io.out(body);
  const s = summarize(reports);
  if (format === 'text' && !quiet) io.err(`${s.files} file(s): ${s.errors} error(s), ${s.warnings} warning(s), ${s.information} information, ${s.hints} hint(s)\n`);
  if (unreadable) return 2;
  if (s.errors > 0) return 1;
  if (maxWarnings >= 0 ? s.warnings > maxWarnings : s.warnings > 0) return 1;
  return 0;
}

/**
 * The facts of the `--sources` documents, extracted once per content version. Run in a folder that has a `.treaty/`
 * folder (a workspace), the CLI keeps them in its `.treaty/cache/`, shared with the language server there, so the
 * next run reads them back; elsewhere, or with `--no-cache`, it keeps them for this run only and writes nothing.
 */
function sourceExtractor(io: CliIO, useCache: boolean): ExtractionCache {
  const workspace = path.join(io.cwd, '.treaty');
  const dir = useCache && fs.statSync(workspace, { throwIfNoEntry: false })?.isDirectory() ? path.join(io.cwd, CACHE_FOLDER) : undefined;
  return new ExtractionCache(loadBundledData().wording ?? NO_WORDING, { directoryFor: () => dir, onProblem: (message) => io.err(`treaty-check: warning: ${message}\n`) });
}

/**
 * Files, directories (searched for files whose names match `accept`) and simple globs (`*`, `**`, `?`),
 * relative to cwd or absolute. Found paths keep the form they were given in (relative stays relative).
 */
export function expandInputs(inputs: string[], cwd: string, accept: RegExp): { found: string[]; missing: string[] } {
  const found: string[] = [];
  const missing: string[] = [];
  const toSlash = (p: string) => p.split(path.sep).join('/');
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    if (!/[*?]/.test(input)) {
      const stat = fs.statSync(abs, { throwIfNoEntry: false });
      if (stat?.isFile()) found.push(input);
      else if (stat?.isDirectory()) {
        const inDir = walk(abs).filter((f) => accept.test(f)).map((f) => (path.isAbsolute(input) ? f : path.relative(cwd, f))).sort();
        if (inDir.length) found.push(...inDir);
        else missing.push(input);
      } else missing.push(input);
      continue;
    }
    const absolute = path.isAbsolute(input);
    const pattern = toSlash(absolute ? input : path.normalize(input));
    const re = globToRegExp(pattern);
    const fixed = pattern.split(/[*?]/)[0]!.replace(/[^/]*$/, '');
    const root = path.resolve(cwd, fixed || '.');
    // Dot folders below the fixed part are searched only when the pattern names one (`**/.drafts/*.md`).
    const dots = /(^|\/)\.[^./]/.test(pattern.slice(fixed.length));
    const candidates = fs.existsSync(root) ? walk(root, dots).map((f) => (absolute ? toSlash(f) : toSlash(path.relative(cwd, f)))) : [];
    const matches = candidates.filter((f) => re.test(f)).sort();
    if (matches.length) found.push(...matches);
    else missing.push(input);
  }
  return { found: [...new Set(found)], missing };
}

/** Files below `dir`, leaving out node_modules, .git and (unless `dots`) other dot files and folders (.cache …). */
function walk(dir: string, dots = false): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.git') || (!dots && e.name.startsWith('.'))) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p, dots));
    else out.push(p);
  }
  return out;
}

/** `*` and `?` within a path segment, `**` across segments; as in shells, wildcards do not match a leading dot. */
function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    const segmentStart = i === 0 || glob[i - 1] === '/';
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:(?!\\.)[^/]+/)*' : '(?:(?!\\.)[^/]+/)*(?!\\.)[^/]*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += segmentStart ? '(?!\\.)[^/]*' : '[^/]*';
    else if (c === '?') re += segmentStart ? '(?!\\.)[^/]' : '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const io: CliIO = { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(s), isTTY: !!process.stderr.isTTY, cwd: process.cwd() };
  if (argv[0] === 'import') void runImportDoor(argv.slice(1), io).then((code) => (process.exitCode = code));
  else process.exitCode = runCli(argv, io);
}
