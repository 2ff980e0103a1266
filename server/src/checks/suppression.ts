import type { ReportModel } from '../parse/reportModel';
import { positionAt } from '../parse/reportModel';
import type { Finding } from './findings';

/**
 * Honours `<!-- treaty-disable [codes] -->` … `<!-- treaty-enable [codes] -->` and
 * `<!-- treaty-disable-next-line [codes] -->`. No codes means every code.
 */
export function applySuppressions(model: ReportModel, findings: Finding[]): Finding[] {
  const directives = model.comments
    .map((c) => ({ c, m: /^treaty-(disable-next-line|disable-line|disable|enable)\b\s*(.*)$/.exec(c.text) }))
    .filter((d) => d.m);
  if (!directives.length) return findings;
  const lineOf = (offset: number) => positionAt(model.lineStarts, offset).line;
  return findings.filter((f) => {
    const line = lineOf(f.start);
    const disabled = new Map<string, boolean>();
    let all = false;
    for (const { c, m } of directives) {
      const kind = m![1]!;
      const codes = m![2]!.split(/[\s,]+/).filter(Boolean);
      const matches = !codes.length || codes.includes(f.code);
      if (kind === 'disable-next-line') {
        if (matches && lineOf(c.end) + 1 === line) return false;
        continue;
      }
      if (kind === 'disable-line') {
        if (matches && lineOf(c.start) === line) return false;
        continue;
      }
      if (c.start > f.start) break;
      if (kind === 'disable') {
        if (!codes.length) all = true;
        else for (const code of codes) disabled.set(code, true);
      } else {
        if (!codes.length) {
          all = false;
          disabled.clear();
        } else for (const code of codes) disabled.set(code, false);
      }
    }
    return !(all || disabled.get(f.code));
  });
}
