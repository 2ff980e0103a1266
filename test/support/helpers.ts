import * as assert from 'node:assert/strict';
import { buildFactBase } from '../../server/src/facts/bundled';
import type { FactBase } from '../../server/src/facts/factBase';
import { checkReport, type CheckResult } from '../../server/src/checks/checkReport';

let bundled: FactBase | undefined;
export function facts(): FactBase {
  return (bundled ??= buildFactBase([]).facts);
}

export const CURSOR = '$$CURSOR$$';

/** Splits a fixture at its cursor marker: the text without the marker and the cursor's offset. */
export function withCursor(fixture: string): { text: string; offset: number } {
  const offset = fixture.indexOf(CURSOR);
  assert.ok(offset >= 0, 'fixture has no $$CURSOR$$ marker');
  return { text: fixture.slice(0, offset) + fixture.slice(offset + CURSOR.length), offset };
}

export function check(text: string, options = {}): CheckResult {
  return checkReport(text, facts(), options);
}

/** The findings as [code, the exact text they cover]. */
export function flagged(text: string, options = {}): [string, string][] {
  return check(text, options).findings.map((f) => [f.code, text.slice(f.start, f.end)]);
}
