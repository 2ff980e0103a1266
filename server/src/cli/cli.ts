import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkReport } from '../checks/checkReport';
import { ALL_CODES, type FindingCode, type Severity } from '../checks/findings';
import { buildFactBase, loadBundledData } from '../facts/bundled';
import { CODE_DOCS } from './codeDocs';
import { formatJson, formatSarif, formatText, summarize, type FileReport } from './formats';
import { factBaseVersion } from './version';

const USAGE = `Usage: treaty-check [options] <files|globs...>

Checks figures and citations in Markdown reports against the bundled fact base.

Options:
  --format text|json|sarif   output format (default: text: file:line:col severity code message)
  --max-warnings N           exit 1 only when there are more than N warnings (errors always fail)
  --severity code=level      override a code's severity (error|warning|information|hint|off); repeatable
  --facts FILE               add workspace facts (same schema as the bundled facts); repeatable
  --unverified               also report statistics no fact speaks about (figure-unverified)
  --quiet                    report errors only
  --explain CODE             say what a code means, with an example
  -h, --help                 this help

Exit codes: 0 clean, 1 findings at or above the threshold, 2 usage or input errors.`;

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
  cwd: string;
}

export function runCli(argv: string[], io: CliIO): number {
  let format = 'text';
  let maxWarnings = -1;
  let quiet = false;
  let unverified = false;
  const severities: Partial<Record<FindingCode, Severity | 'off'>> = {};
  const factFiles: string[] = [];
  const inputs: string[] = [];
  const usage = (msg: string) => {
    io.err(`treaty-check: ${msg}\n\n${USAGE}`);
    return 2;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === '-h' || a === '--help') {
        io.out(USAGE);
        return 0;
      } else if (a === '--explain') {
        const code = value() as FindingCode;
        if (!CODE_DOCS[code]) return usage(`unknown code "${code}"; codes: ${ALL_CODES.join(', ')}`);
        io.out(`${code}\n\n${CODE_DOCS[code].summary}\n\nExample:\n  ${CODE_DOCS[code].example}`);
        return 0;
      } else if (a === '--format') {
        format = value();
        if (!['text', 'json', 'sarif'].includes(format)) return usage(`unknown format "${format}"`);
      } else if (a === '--max-warnings') {
        const v = value();
        if (!/^\d+$/.test(v)) return usage(`--max-warnings takes a whole number, not "${v}"`);
        maxWarnings = Number(v);
      } else if (a === '--severity') {
        const m = /^([a-z-]+)=(error|warning|information|hint|off)$/.exec(value());
        if (!m || !(ALL_CODES as string[]).includes(m[1]!)) return usage(`--severity takes code=level, e.g. figure-mismatch=error`);
        severities[m[1] as FindingCode] = m[2] as Severity | 'off';
      } else if (a === '--facts') factFiles.push(value());
      else if (a === '--quiet') quiet = true;
      else if (a === '--unverified') unverified = true;
      else if (a.startsWith('-') && a !== '-') return usage(`unknown option ${a}`);
      else inputs.push(a);
    } catch (e) {
      return usage((e as Error).message);
    }
  }
  if (!inputs.length) return usage('no files given');

  const files = expandInputs(inputs, io.cwd);
  if (files.missing.length) {
    for (const m of files.missing) io.err(`treaty-check: cannot read ${m}: no such file, or a pattern that matches nothing`);
    return 2;
  }

  const workspace: { file: string; text: string }[] = [];
  for (const f of factFiles) {
    try {
      workspace.push({ file: f, text: fs.readFileSync(path.resolve(io.cwd, f), 'utf8') });
    } catch (e) {
      io.err(`treaty-check: cannot read facts file ${f}: ${(e as Error).message}`);
      return 2;
    }
  }
  const { facts, problems } = buildFactBase(workspace);
  if (problems.length) {
    for (const p of problems) io.err(`${p.file}:${p.line}:${p.column} ${p.severity} facts-file ${p.path ? `${p.path}: ` : ''}${p.message}`);
    if (problems.some((p) => p.severity === 'error')) return 2;
  }

  const reports: FileReport[] = [];
  let unreadable = false;
  files.found.forEach((file, i) => {
    if (io.isTTY && files.found.length > 5) io.err(`\rchecking ${i + 1}/${files.found.length} ${file}\x1b[K`);
    let text: string;
    try {
      text = fs.readFileSync(path.resolve(io.cwd, file), 'utf8');
    } catch (e) {
      io.err(`treaty-check: cannot read ${file}: ${(e as Error).message}`);
      unreadable = true;
      return;
    }
    const result = checkReport(text, facts, { reportUnverified: unverified, severities });
    const findings = quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
    reports.push({ file, lineStarts: result.model.lineStarts, findings });
  });
  if (io.isTTY && files.found.length > 5) io.err('\r\x1b[K');

  const version = factBaseVersion(loadBundledData());
  const body = format === 'json' ? formatJson(reports, version) : format === 'sarif' ? formatSarif(reports, version, '0.1.0') : formatText(reports);
  if (body) io.out(body);
  const s = summarize(reports);
  if (format === 'text' && !quiet) io.err(`${s.files} file(s): ${s.errors} error(s), ${s.warnings} warning(s), ${s.information} information, ${s.hints} hint(s)`);
  if (unreadable) return 2;
  if (s.errors > 0) return 1;
  if (maxWarnings >= 0 ? s.warnings > maxWarnings : s.warnings > 0) return 1;
  return 0;
}

/** Files and simple globs (`*`, `**`, `?`) relative to cwd. */
export function expandInputs(inputs: string[], cwd: string): { found: string[]; missing: string[] } {
  const found: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    if (!/[*?]/.test(input)) {
      const abs = path.resolve(cwd, input);
      if (fs.existsSync(abs) && fs.statSync(abs).isFile()) found.push(input);
      else if (fs.existsSync(abs) && fs.statSync(abs).isDirectory()) found.push(...walk(abs).filter((f) => /\.(md|markdown)$/i.test(f)).map((f) => path.relative(cwd, f)));
      else missing.push(input);
      continue;
    }
    const re = globToRegExp(input.split(path.sep).join('/'));
    const root = path.resolve(cwd, input.split(/[*?]/)[0]!.replace(/[^/]*$/, '') || '.');
    const matches = fs.existsSync(root) ? walk(root).map((f) => path.relative(cwd, f).split(path.sep).join('/')).filter((f) => re.test(f)) : [];
    if (matches.length) found.push(...matches.sort());
    else missing.push(input);
  }
  return { found: [...new Set(found)], missing };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.git')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += '(?:.*/)?';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re.replace(/^\.\//, '')}$`);
}

if (require.main === module) {
  process.exitCode = runCli(process.argv.slice(2), { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(s.startsWith('\r') ? s : `${s}\n`), isTTY: !!process.stderr.isTTY, cwd: process.cwd() });
}
