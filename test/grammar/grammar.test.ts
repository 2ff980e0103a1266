// Run: npx mocha --import=tsx 'test/grammar/**/*.test.ts'
/**
 * Grammar tests for syntaxes/treaty.injection.tmLanguage.json and snippets/treaty.code-snippets.
 *
 * Update snapshots after an intended grammar change: npx tsx scripts/update-grammar-snapshots.ts
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import {
  FIXTURES_DIR,
  INJECTION_PATH,
  INJECTION_SCOPE,
  SNIPPETS_PATH,
  type RawToken,
  type SnapshotLine,
  diffSnapshots,
  listFixtures,
  loadMarkdownWithInjection,
  resultPathFor,
  snapshotDocument,
  tokenizeLines,
} from './tokenize';

const SYMBOL = 'entity.name.type.un-symbol.treaty';
const PARA_META = 'meta.citation.paragraph.treaty';
const PARA_KEYWORD = 'keyword.other.paragraph.treaty';
const PARA_NUMBER = 'constant.numeric.paragraph.treaty';
const FIGURE = 'constant.numeric.figure.treaty';
const UNIT = 'support.constant.unit.treaty';
const YEAR = 'constant.numeric.year.treaty';
const COMMUNICATION = 'entity.name.type.communication.treaty';

let grammar: IGrammar;

before(async () => {
  grammar = await loadMarkdownWithInjection();
});

function tokensOf(line: string): RawToken[] {
  return tokenizeLines(grammar, line)[0] ?? [];
}

/** Maximal [start, end) character ranges of `line` whose tokens carry `scope`. */
function rangesWith(tokens: RawToken[], scope: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const t of tokens) {
    if (!t.scopes.includes(scope)) continue;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === t.startIndex) last[1] = t.endIndex;
    else ranges.push([t.startIndex, t.endIndex]);
  }
  return ranges;
}

function textsWith(line: string, scope: string): string[] {
  return rangesWith(tokensOf(line), scope).map(([s, e]) => line.slice(s, e));
}

function treatyScopes(tokens: RawToken[]): string[] {
  return tokens.flatMap((t) => t.scopes.filter((s) => s.endsWith('.treaty')));
}

describe('treaty injection grammar', () => {
  describe('grammar file', () => {
    it('is valid JSON with the contributed scopeName and an injection selector that excludes code and comments', () => {
      const raw = JSON.parse(fs.readFileSync(INJECTION_PATH, 'utf8'));
      assert.equal(raw.scopeName, INJECTION_SCOPE);
      const selector: string = raw.injectionSelector;
      assert.match(selector, /^text\.html\.markdown /);
      for (const excluded of ['-markup.fenced_code', '-markup.inline.raw', '-markup.raw.block', '-comment']) {
        assert.ok(selector.split(/\s+/).includes(excluded), `selector should contain ${excluded}: ${selector}`);
      }
    });
  });

  describe('snapshots', () => {
    const fixtures = listFixtures();

    it('has the three fixtures and a stored result for each', () => {
      for (const name of ['citations.md', 'figures.md', 'exclusions.md']) {
        assert.ok(fixtures.includes(name), `missing fixture ${name}`);
      }
      for (const f of fixtures) {
        assert.ok(fs.existsSync(resultPathFor(f)), `missing ${path.relative(process.cwd(), resultPathFor(f))}; run npx tsx scripts/update-grammar-snapshots.ts`);
      }
    });

    for (const fixture of fixtures) {
      it(`matches results/${fixture.replace(/\.md$/, '_md.json')}`, () => {
        const text = fs.readFileSync(path.join(FIXTURES_DIR, fixture), 'utf8');
        const actual = snapshotDocument(grammar, text);
        const expected = JSON.parse(fs.readFileSync(resultPathFor(fixture), 'utf8')) as SnapshotLine[];
        const same = JSON.stringify(actual) === JSON.stringify(expected);
        if (!same) {
          assert.fail(
            `Tokens of ${fixture} differ from the stored snapshot ` +
              `(if the change is intended: npx tsx scripts/update-grammar-snapshots.ts)\n\n` +
              diffSnapshots(expected, actual),
          );
        }
        assert.deepEqual(actual, expected);
      });
    }
  });

  describe('UN document symbols', () => {
    it('scopes CAT/C/KAZ/CO/4 over exactly its characters', () => {
      const line = 'See CAT/C/KAZ/CO/4, para. 10.';
      const start = line.indexOf('CAT');
      assert.deepEqual(rangesWith(tokensOf(line), SYMBOL), [[start, start + 'CAT/C/KAZ/CO/4'.length]]);
    });

    const symbols = [
      'CAT/C/KAZ/CO/4',
      'CAT/C/KAZ/Q/4',
      'A/HRC/43/46/Add.1',
      'CERD/C/KAZ/CO/8-10',
      'CAT/C/KAZ/4/Corr.1',
      'E/C.12/KAZ/CO/2',
      'CAT/OP/KAZ/1',
      'CCPR/C/127/D/2920/2016',
      'CEDAW/C/KAZ/CO/5',
      'CRC/C/KAZ/CO/5-6',
      'CRPD/C/KAZ/CO/1',
      'CED/C/KAZ/CO/1',
      'CMW/C/KAZ/CO/1',
      'A/HRC/43/10',
      'A/78/44',
      'SPT/OP/KAZ/ROSP/1',
    ];
    for (const symbol of symbols) {
      it(`recognises ${symbol} (sentence-final full stop excluded)`, () => {
        assert.deepEqual(textsWith(`The document ${symbol}.`, SYMBOL), [symbol]);
      });
    }

    it('does not take CAT alone, A/B or and/or for symbols', () => {
      assert.deepEqual(textsWith('CAT alone, A/B testing, and/or, CAT/CCPR', SYMBOL), []);
    });
  });

  describe('paragraph references', () => {
    it('splits keyword and numbers, including ranges, dotted and lettered paragraphs', () => {
      const line = 'paras. 11–15; paragraphs 122 to 136; paragraph 139.62; question 5 (b)';
      assert.deepEqual(textsWith(line, PARA_KEYWORD), ['paras.', 'paragraphs', 'paragraph', 'question']);
      assert.deepEqual(textsWith(line, PARA_NUMBER), ['11', '15', '122', '136', '139.62', '5', '(b)']);
      assert.deepEqual(textsWith(line, PARA_META), ['paras. 11–15', 'paragraphs 122 to 136', 'paragraph 139.62', 'question 5 (b)']);
    });

    it('does not let paragraph numbers become figures', () => {
      const tokens = tokensOf('CAT/C/KAZ/CO/4, para. 10');
      assert.ok(!treatyScopes(tokens).includes(FIGURE));
    });
  });

  describe('figures and years', () => {
    it('does not scope a year alone as a figure', () => {
      const tokens = tokensOf('2023');
      assert.ok(!treatyScopes(tokens).includes(FIGURE), JSON.stringify(tokens));
      assert.deepEqual(textsWith('2023', YEAR), ['2023']);
      assert.deepEqual(textsWith('In 2023 and 1999.', FIGURE), []);
    });

    it('scopes a year-like number followed by a unit as a figure', () => {
      assert.deepEqual(textsWith('2000 tenge', FIGURE), ['2000']);
      assert.deepEqual(textsWith('2000 tenge', UNIT), ['tenge']);
    });

    const figures: Array<[string, string]> = [
      ['1,273 cases', '1,273'],
      ['5 300 cases', '5 300'],
      ['5\u2009300 cases', '5\u2009300'],
      ['5\u00a0300 cases', '5\u00a0300'],
      ['5\u202f300 cases', '5\u202f300'],
      ['54.5 million', '54.5 million'],
      ['47%', '47%'],
      ['47 per cent', '47 per cent'],
      ['3,7 %', '3,7 %'],
      ['19.2 per cent', '19.2 per cent'],
    ];
    for (const [line, figure] of figures) {
      const label = (x: string) => JSON.stringify(x).replace(/[\u00a0\u2009\u202f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      it(`scopes ${label(line)} as figure ${label(figure)}`, () => {
        assert.deepEqual(textsWith(line, FIGURE), [figure]);
      });
    }

    it('scopes unit words separately from the number', () => {
      const line = '54.5 million tenge, 3 thousand US dollars and 15 MCI';
      assert.deepEqual(textsWith(line, UNIT), ['tenge', 'US dollars', 'MCI']);
      assert.deepEqual(textsWith(line, FIGURE), ['54.5 million', '3 thousand', '15']);
    });

    it('treats both ends of 2015–2023 as years', () => {
      assert.deepEqual(textsWith('2015–2023', YEAR), ['2015', '2023']);
      assert.deepEqual(textsWith('2015–2023', FIGURE), []);
    });
  });

  describe('communications', () => {
    it('scopes AL KAZ 2/2024 and No. 497/2012', () => {
      assert.deepEqual(textsWith('AL KAZ 2/2024 and communication No. 497/2012.', COMMUNICATION), ['AL KAZ 2/2024', 'No. 497/2012']);
    });
  });

  describe('exclusions', () => {
    it('scopes nothing inside a ``` fenced code block', () => {
      const doc = '```\n1,273 cases, 47%, CAT/C/KAZ/CO/4, para. 10, 2023\n```\n';
      const lines = tokenizeLines(grammar, doc);
      for (const tokens of lines) assert.deepEqual(treatyScopes(tokens), []);
      assert.ok(lines[1].every((t) => t.scopes.includes('markup.fenced_code.block.markdown')));
    });

    it('scopes nothing inside inline code or an HTML comment, but does after them', () => {
      const line = '`1,273` <!-- 47 per cent CAT/C/KAZ/CO/4 --> 5 300 tenge';
      assert.deepEqual(textsWith(line, FIGURE), ['5 300']);
      assert.deepEqual(textsWith(line, UNIT), ['tenge']);
      assert.deepEqual(textsWith(line, SYMBOL), []);
    });

    it('does not match inside bare URLs', () => {
      assert.deepEqual(treatyScopes(tokensOf('https://undocs.org/CAT/C/KAZ/CO/4?id=12345')), []);
    });
  });

  describe('host block structure', () => {
    it('keeps the paragraph and inline code when a line starts with a figure', () => {
      const tokens = tokensOf('2023 was the year: `5 300` is code.');
      assert.ok(tokens.every((t) => t.scopes.includes('meta.paragraph.markdown')));
      assert.deepEqual(textsWith('2023 was the year: `5 300` is code.', FIGURE), []);
    });

    it('keeps numbered list items: "1." is list punctuation, not a figure', () => {
      const tokens = tokensOf('1. CAT/C/KAZ/CO/4, para. 28');
      assert.ok(tokens[0].scopes.includes('punctuation.definition.list.begin.markdown'));
      assert.ok(!treatyScopes(tokens).includes(FIGURE));
    });

    it('documents why the selector has no "L:" prefix: with it the injection beats paragraph/list rules at column 0', async () => {
      const withL = await loadMarkdownWithInjection((raw) => ({ ...raw, injectionSelector: `L:${String(raw.injectionSelector)}` }));
      const tokens = tokenizeLines(withL, '2023 was the year: `5 300` is code.')[0];
      assert.ok(!tokens.some((t) => t.scopes.includes('markup.inline.raw.string.markdown')));
      assert.ok(tokens.some((t) => t.text === '5 300' && t.scopes.includes(FIGURE)));
    });

    it('scopes citations inside headings', () => {
      const line = '## Reply to paragraph 5 (b) of the list of issues (CAT/C/KAZ/Q/4)';
      assert.deepEqual(textsWith(line, SYMBOL), ['CAT/C/KAZ/Q/4']);
      assert.deepEqual(textsWith(line, PARA_NUMBER), ['5', '(b)']);
    });
  });

  describe('performance', () => {
    it('tokenizes pathological lines quickly (no catastrophic backtracking)', () => {
      const inputs = [
        '1,'.repeat(5000) + 'x',
        '1 '.repeat(5000) + 'x',
        '123 '.repeat(3000) + '%x',
        'para. ' + '1, '.repeat(3000) + 'x',
        'paragraph ' + '1 (a)'.repeat(2000) + 'x',
        'CAT' + '/C'.repeat(5000) + '/',
        'CAT/C/' + 'Add.'.repeat(3000) + '/',
        '9'.repeat(20000) + 'th',
        'AL KAZ ' + '1'.repeat(10000) + '/x',
        'No. ' + '1.'.repeat(5000),
        ('5\u00a0300 ' + 'million ').repeat(1000) + 'tenge',
      ];
      // In units of this machine, busy or not (issue 18): CPU time, against the time the same grammar takes on a line
      // of ordinary report prose of about the same length (figures, citations), the best of three after a warm-up.
      // Here that line takes about 70 ms and the slowest pathological line as long; backtracking takes seconds.
      const cpuMs = (f: () => void) => {
        const before = process.cpuUsage();
        f();
        const d = process.cpuUsage(before);
        return (d.user + d.system) / 1000;
      };
      const prose = 'In 2019, 709 officials were charged (CAT/C/KAZ/Q/4, para. 3); 12,345 complaints, about 5 per cent. '.repeat(100);
      tokenizeLines(grammar, prose);
      const unit = Math.min(...[0, 1, 2].map(() => cpuMs(() => tokenizeLines(grammar, prose))));
      for (const input of inputs) {
        const ms = cpuMs(() => tokenizeLines(grammar, input));
        assert.ok(ms <= 10 * unit * Math.max(1, input.length / prose.length), `took ${ms.toFixed(0)} ms for ${JSON.stringify(input.slice(0, 40))}…, where a line of prose as long takes ${unit.toFixed(0)} ms`);
      }
    });
  });
});

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

/** Expands a snippet body with each placeholder's default (first choice for choices). */
function expandSnippet(body: string, choiceIndex = 0): string {
  const values = new Map<string, string>();
  let out = body.replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_m, n: string, choices: string) => {
    const list = choices.split(',');
    const v = list[Math.min(choiceIndex, list.length - 1)];
    values.set(n, v);
    return v;
  });
  out = out.replace(/\$\{(\d+):([^${}]*)\}/g, (_m, n: string, def: string) => {
    values.set(n, def);
    return def;
  });
  return out.replace(/\$\{(\d+)\}|\$(\d+)/g, (_m, a?: string, b?: string) => values.get((a ?? b)!) ?? '');
}

describe('treaty snippets', () => {
  const text = fs.readFileSync(SNIPPETS_PATH, 'utf8');
  let snippets: Record<string, Snippet> = {};

  it('is valid JSON', () => {
    snippets = JSON.parse(text);
    assert.ok(Object.keys(snippets).length >= 6);
  });

  it('gives every snippet a prefix, body and description, with prefixes starting with treaty-', () => {
    for (const [name, s] of Object.entries(JSON.parse(text) as Record<string, Snippet>)) {
      assert.ok(s.prefix && s.body && s.description, `${name} lacks prefix/body/description`);
      assert.equal(typeof s.description, 'string');
      assert.ok(s.description.trim().length > 10, `${name}: description too short`);
      const prefixes = Array.isArray(s.prefix) ? s.prefix : [s.prefix];
      assert.ok(prefixes.length > 0);
      for (const p of prefixes) assert.match(p, /^treaty-[a-z0-9-]+$/, `${name}: prefix ${p}`);
      const body = Array.isArray(s.body) ? s.body.join('\n') : s.body;
      assert.match(body, /\$\{?\d/, `${name}: no tab stop`);
      let depth = 0;
      for (let i = 0; i < body.length; i++) {
        if (body[i] === '$' && body[i + 1] === '{') depth++;
        else if (body[i] === '}' && depth > 0) depth--;
      }
      assert.equal(depth, 0, `${name}: unbalanced \${...}`);
    }
  });

  it('has no duplicate prefixes', () => {
    const all = Object.values(JSON.parse(text) as Record<string, Snippet>).flatMap((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]));
    assert.equal(new Set(all).size, all.length);
  });

  it('offers the required choices and headings', () => {
    const bodies = Object.values(JSON.parse(text) as Record<string, Snippet>).map((s) => (Array.isArray(s.body) ? s.body.join('\n') : s.body));
    const all = bodies.join('\n');
    assert.ok(all.includes('${1|10,11–15,21,24,28,44,46,47,48|}'));
    assert.ok(all.includes('of the concluding observations (CAT/C/KAZ/CO/4)'));
    assert.match(all, /Reply to paragraph \$\{1:1\} \$\{2\|\(a\),.*\|\} of the list of issues \(CAT\/C\/KAZ\/Q\/4\)/);
    assert.ok(all.includes('The Committee recommends that the State party'));
    assert.ok(all.includes('Recommendations:'));
    assert.ok(all.includes('| Measure | Figure | Period | Source |'));
    assert.ok(all.includes('CAT/C/KAZ/CO/4,CAT/C/KAZ/Q/4,CAT/C/KAZ/CO/3,CAT/C/KAZ/4,A/HRC/43/10'));
  });

  it('expands citation snippets into text the grammar recognises, for every document choice', () => {
    const cite = (JSON.parse(text) as Record<string, Snippet>)['Citation: document and paragraph'];
    const body = Array.isArray(cite.body) ? cite.body.join('\n') : cite.body;
    for (let i = 0; i < 5; i++) {
      const line = expandSnippet(body, i);
      const symbol = line.split(',')[0];
      assert.deepEqual(textsWith(line, SYMBOL), [symbol], line);
      assert.deepEqual(textsWith(line, PARA_KEYWORD), ['para.'], line);
      assert.deepEqual(textsWith(line, PARA_NUMBER), ['1'], line);
    }
  });

  it('expands the follow-up heading into a recognised paragraph reference and symbol', () => {
    const s = (JSON.parse(text) as Record<string, Snippet>)['Follow-up reply section'];
    const heading = expandSnippet(Array.isArray(s.body) ? s.body.join('\n') : s.body, 1).split('\n')[0];
    assert.deepEqual(textsWith(heading, PARA_NUMBER), ['11', '15']);
    assert.deepEqual(textsWith(heading, SYMBOL), ['CAT/C/KAZ/CO/4']);
  });
});
