import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';

/**
 * The extension manifest (package.json) read strictly: JSON.parse keeps the last of two equal keys, so a merge that
 * leaves two "menus" objects silently drops one's entries (it did, once). YAML's parser, a superset of JSON, reports
 * the duplicate.
 */
describe('the extension manifest', () => {
  const text = fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8');
  it('has no key twice in any object', () => {
    const doc = parseDocument(text, { uniqueKeys: true });
    assert.deepEqual(doc.errors.map((e) => e.message), []);
  });
  it('puts every contributed command in a menu or the palette as it means to', () => {
    const manifest = JSON.parse(text) as { contributes: { commands: { command: string }[]; menus: Record<string, { command: string }[]> } };
    const inMenus = new Set(Object.values(manifest.contributes.menus).flat().map((m) => m.command));
    const declared = new Set(manifest.contributes.commands.map((c) => c.command));
    for (const c of inMenus) assert.ok(declared.has(c), `menu entry for undeclared command ${c}`);
    assert.ok(inMenus.has('treatyReport.importSource') && inMenus.has('treatyReport.insertRecommendation'));
  });
});
