// Test entry loaded by the extension host (extensionTestsPath), the same
// contract as @vscode/test-electron: export run(), resolve when all tests
// pass, reject otherwise. Works under code-server and under Electron.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

function findTests(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTests(full));
    else if (entry.name.endsWith('.test.js')) found.push(full);
  }
  return found.sort();
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: process.env.VSCODE_TEST_COLOR === '1',
    timeout: Number(process.env.VSCODE_TEST_TIMEOUT ?? 30_000),
    // A broken early step (e.g. activation) makes the rest meaningless noise.
    bail: process.env.VSCODE_TEST_BAIL === '1',
  });
  if (process.env.VSCODE_TEST_GREP) mocha.grep(process.env.VSCODE_TEST_GREP);
  for (const file of findTests(__dirname)) mocha.addFile(file);

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const { passes = 0, pending = 0 } = runner.stats ?? {};
        // The runner scripts parse this line for their summary.
        console.log(`[vscode-suite] passes=${passes} failures=${failures} pending=${pending}`);
        if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
        else resolve();
      });
    } catch (err) {
      console.error(err);
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
