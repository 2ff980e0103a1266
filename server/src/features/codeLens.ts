import type { CodeLens } from 'vscode-languageserver-types';
import type { CheckResult } from '../checks/checkReport';
import { rangeOf } from './diagnostics';

/** Above each heading: how the figures of that section stand against the fact base. */
export function sectionLenses(result: CheckResult): CodeLens[] {
  const { sections } = result.model;
  const lenses: CodeLens[] = [];
  sections.forEach((s, i) => {
    if (i === 0) return;
    const inSection = result.figures.filter((f) => f.start >= s.start && f.start < s.contentEnd && (sections.findIndex((x, j) => j > i && x.start <= f.start && f.start < x.contentEnd) < 0));
    if (!inSection.length) return;
    const n = (st: string) => inSection.filter((f) => f.status === st).length;
    const parts = [`${n('verified')} verified`, `${n('mismatch')} contradicted`, `${n('unverified')} unverified`];
    if (n('superseded')) parts.push(`${n('superseded')} superseded`);
    if (n('disputed')) parts.push(`${n('disputed')} disputed`);
    lenses.push({ range: rangeOf(result.model, s.start, s.end), command: { title: `Figures: ${parts.join(' · ')}`, command: '' } });
  });
  return lenses;
}
