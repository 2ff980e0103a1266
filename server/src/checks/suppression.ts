import type { ReportModel } from '../parse/reportModel';
import { positionAt } from '../parse/reportModel';
import type { Finding } from './findings';

/**
 * Honours `<!-- treaty-disable [codes] -->` … `<!-- treaty-enable [codes] -->` and
 * `<!-- treaty-disable-next-line [codes] -->`. No codes means every code.
 */
export function applySuppressions(model: ReportModel, findings: Finding[]): Finding[] {
  const lineOf = (offset: number) => positionAt(model.lineStarts, offset).line;
  // Read once per check, not once per finding: a long report has hundreds of findings.
  const directives = model.comments.flatMap((c) => {
    const m = /^treaty-(disable-next-line|disable-line|disable|enable)\b\s*(.*)$/.exec(c.text);
    return m ? [{ kind: m[1]!, codes: m[2]!.split(/[\s,]+/).filter(Boolean), start: c.start, line: lineOf(c.start), endLine: lineOf(c.end) }] : [];
  });
  if (!directives.length) return findings;
  return findings.filter((f) => {
    const line = lineOf(f.start);
    let disabled: Map<string, boolean> | undefined;
    let all = false;
    for (const d of directives) {
      const matches = !d.codes.length || d.codes.includes(f.code);
      if (d.kind === 'disable-next-line') {
        if (matches && d.endLine + 1 === line) return false;
        continue;
      }
      if (d.kind === 'disable-line') {
        if (matches && d.line === line) return false;
        continue;
      }
      if (d.start > f.start) break;
      if (d.kind === 'disable') {
        if (!d.codes.length) all = true;
        else for (const code of d.codes) (disabled ??= new Map()).set(code, true);
      } else {
        if (!d.codes.length) {
          all = false;
          disabled?.clear();
        } else for (const code of d.codes) (disabled ??= new Map()).set(code, false);
      }
    }
    return !(all || disabled?.get(f.code));
  });
}
