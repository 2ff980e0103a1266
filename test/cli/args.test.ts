import * as assert from 'node:assert/strict';
import { readArgs, stringOf, stringsOf } from '../../server/src/cli/args';

/** The command line reader every treaty-check command uses (node:util's parseArgs, with the commands' own words). */
describe('command line arguments', () => {
  const spec = { out: { type: 'string', short: 'o' }, facts: { type: 'string', multiple: true }, quiet: { type: 'boolean' }, 'max-warnings': { type: 'string' } } as const;

  it('reads options, repeated options and the other arguments, in any order', () => {
    const r = readArgs(['a.md', '--facts', 'x.yaml', '-o', 'out.yaml', '--facts=y.yaml', '--quiet', 'b.md', '-'], { ...spec });
    assert.equal(r.error, undefined);
    if (r.error !== undefined) return;
    assert.deepEqual(r.positionals, ['a.md', 'b.md', '-']);
    assert.deepEqual(stringsOf(r.values, 'facts'), ['x.yaml', 'y.yaml']);
    assert.equal(stringOf(r.values, 'out'), 'out.yaml');
    assert.equal(r.values.quiet, true);
  });

  it('says what is wrong in the words every command uses', () => {
    assert.deepEqual(readArgs(['--bogus', 'a.md'], { ...spec }), { error: 'unknown option --bogus' });
    assert.deepEqual(readArgs(['a.md', '--out'], { ...spec }), { error: '--out needs a value' });
    assert.deepEqual(readArgs(['--out', '--quiet'], { ...spec }), { error: '--out needs a value' });
    // A value that looks like a negative number is given to the command to judge.
    const r = readArgs(['--max-warnings', '-1', 'a.md'], { ...spec });
    assert.ok(r.error === undefined && stringOf(r.values, 'max-warnings') === '-1' && r.positionals[0] === 'a.md');
  });
});
