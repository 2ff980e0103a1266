// The "Disable … for the next line / this line" code action, without a server: where the comment goes
// so that the Markdown keeps its structure, and that the finding is gone once the edit is applied.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActionsFor } from '../../server/src/features/codeActions';
import { findingsToDiagnostics } from '../../server/src/features/diagnostics';
import { check, facts } from '../support/helpers';
import { MISMATCH } from '../support/reports';

const URI = 'file:///draft.md';

function suppress(text: string) {
  const r = check(text);
  const diagnostics = findingsToDiagnostics(r.model, r.findings, facts()).filter((d) => d.code === 'figure-mismatch');
  assert.equal(diagnostics.length, 1, text);
  const action = codeActionsFor(URI, r, facts(), 0, 0, diagnostics).find((a) => a.title.startsWith('Disable figure-mismatch'));
  assert.ok(action?.edit?.changes?.[URI], text);
  const edited = TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 1, text), action.edit.changes[URI]!);
  return { title: action.title, edited, left: check(edited).findings.map((f) => f.code) };
}

describe('suppression code action', function () {
  this.timeout(30000);
  it('puts <!-- treaty-disable-next-line code --> above a paragraph\'s first line', () => {
    const r = suppress(`# Follow-up\n\n${MISMATCH}\n`);
    assert.equal(r.title, 'Disable figure-mismatch for the next line');
    assert.equal(r.edited, `# Follow-up\n\n<!-- treaty-disable-next-line figure-mismatch -->\n${MISMATCH}\n`);
    assert.deepEqual(r.left, []);
  });

  it('keeps a block quote\'s markers and the indentation', () => {
    assert.equal(suppress(`> ${MISMATCH}\n`).edited, `> <!-- treaty-disable-next-line figure-mismatch -->\n> ${MISMATCH}\n`);
    assert.deepEqual(suppress(`> ${MISMATCH}\n`).left, []);
  });

  it('ends the line with <!-- treaty-disable-line code --> where a line above would split a paragraph or a list', () => {
    for (const text of [`Intro line of the paragraph.\n${MISMATCH}\n`, `- item\n- ${MISMATCH}\n`, `1. item\n   ${MISMATCH}\n`]) {
      const r = suppress(text);
      assert.equal(r.title, 'Disable figure-mismatch for this line');
      assert.equal(r.edited, text.replace(/\n$/, ' <!-- treaty-disable-line figure-mismatch -->\n'));
      assert.deepEqual(r.left, [], text);
    }
  });

  it('keeps the comment inside a table cell, so the row keeps its cells', () => {
    const r = suppress(`| measure | text |\n| --- | --- |\n| sanctions | ${MISMATCH} |\n`);
    assert.equal(r.edited, `| measure | text |\n| --- | --- |\n| sanctions | ${MISMATCH} <!-- treaty-disable-line figure-mismatch --> |\n`);
    assert.deepEqual(r.left, []);
  });
});
