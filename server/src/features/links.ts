import { pathToFileURL } from 'node:url';
import type { DocumentLink } from 'vscode-languageserver-types';
import type { CheckResult } from '../checks/checkReport';
import type { FactBase } from '../facts/factBase';
import { sourceFilePath } from '../sources/sourceFiles';
import { rangeOf } from './diagnostics';

/** Links from UN symbols to the source's text (bundled or in the workspace) or the public OHCHR document page. */
export function documentLinks(result: CheckResult, facts: FactBase): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const c of result.citations) {
    if (!c.symbol) continue;
    const text = result.model.text;
    const at = text.indexOf(c.symbol, c.start);
    if (at < 0 || at > c.end) continue;
    const doc = facts.document(c.symbol);
    const file = doc?.source ? sourceFilePath(facts, doc.source) : undefined;
    const target = file ? pathToFileURL(file).toString() : `https://tbinternet.ohchr.org/_layouts/15/treatybodyexternal/Download.aspx?symbolno=${encodeURIComponent(c.symbol)}&Lang=en`;
    links.push({ range: rangeOf(result.model, at, at + c.symbol.length), target, tooltip: file ? `Open the text of ${c.symbol}` : `Open ${c.symbol} on the OHCHR treaty body database` });
  }
  return links;
}
