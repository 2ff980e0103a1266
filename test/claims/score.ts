import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { checkReport } from '../../server/src/checks/checkReport';
import type { FactBase } from '../../server/src/facts/factBase';

export interface Claim { id: string; text: string; expect: { code: string; span: string }[]; basis?: string[] }
export interface ClaimResult { claim: Claim; file: string; expected: string[]; got: string[]; missed: string[]; extra: string[] }

export const CLAIMS_DIR = path.join(__dirname, '..', 'fixtures', 'claims');

export function loadClaims(): { file: string; claims: Claim[] }[] {
  return fs.readdirSync(CLAIMS_DIR).filter((f) => f.endsWith('.yaml')).sort().map((f) => ({ file: f, claims: parse(fs.readFileSync(path.join(CLAIMS_DIR, f), 'utf8'), { customTags: [] }) as Claim[] }));
}

/** Scores every claim: a finding counts when its code and the exact text it covers match an expectation. */
export function scoreClaims(facts: FactBase) {
  const results: ClaimResult[] = [];
  for (const { file, claims } of loadClaims()) {
    for (const claim of claims) {
      const r = checkReport(claim.text, facts);
      const got = r.findings.map((f) => `${f.code}:${claim.text.slice(f.start, f.end)}`);
      const expected = (claim.expect ?? []).map((e) => `${e.code}:${e.span}`);
      const matches = (e: string, g: string) => e === g || (e.split(':')[0] === g.split(':')[0] && (g.endsWith(e.slice(e.indexOf(':') + 1)) || g.slice(g.indexOf(':') + 1).startsWith(e.slice(e.indexOf(':') + 1))));
      const missed = expected.filter((e) => !got.some((g) => matches(e, g)));
      const extra = got.filter((g) => !expected.some((e) => matches(e, g)));
      results.push({ claim, file, expected, got, missed, extra });
    }
  }
  const expectedTotal = results.reduce((n, r) => n + r.expected.length, 0);
  const found = results.reduce((n, r) => n + r.expected.length - r.missed.length, 0);
  const reported = results.reduce((n, r) => n + r.got.length, 0);
  const correct = results.reduce((n, r) => n + r.got.length - r.extra.length, 0);
  return { results, recall: expectedTotal ? found / expectedTotal : 1, precision: reported ? correct / reported : 1, expectedTotal, found, reported, correct };
}
