/**
 * A team's own facts file (`.treaty/facts/team.yaml`) and broken variants of it, shared by the CLI and
 * the language-server tests. The fact quotes the bundled State follow-up reply, para. 4 (a defence
 * lawyer chosen by a detainee has 24 hours to appear); no bundled fact speaks about it, so a report that
 * says 48 hours is only contradicted when the workspace facts are loaded.
 */

export const TEAM_FACT_ID = 'team.lawyer.deadline';

export const TEAM_FACTS = `# Our team's facts: same schema as server/data/facts
source: kz-follow-up-co4
facts:
  - id: team.lawyer.deadline
    type: statistic
    measure: hours within which a chosen defence lawyer must appear before another is offered
    value: 24
    value_text: "24"
    unit: hours
    qualifier: exact
    terms: [defence lawyer, appear, chosen defence lawyer]
    asserted_by: { kind: state-party, name: Government of Kazakhstan }
    asserted_on: "2024"
    paragraph: "4"
    quote: "if the defence lawyer chosen by the suspect, accused person, person standing trial, convict or acquitted person is unable to appear within 24 hours"
`;

/** A report whose only checkable figure is the one the team's fact contradicts (line 3, "48"). */
export const TEAM_REPORT = ['# Custody safeguards', '', 'If the chosen defence lawyer cannot appear within 48 hours, another defence lawyer is offered.', ''].join('\n');
export const TEAM_REPORT_FIGURE = { line: 2, character: TEAM_REPORT.split('\n')[2]!.indexOf('48') };

/** The same report with the sourced value: agrees with the team's fact. */
export const TEAM_REPORT_FIXED = TEAM_REPORT.replace('within 48 hours', 'within 24 hours');

const replace = (from: string, to: string) => {
  if (!TEAM_FACTS.includes(from)) throw new Error(`fixture lacks ${from}`);
  return TEAM_FACTS.replace(from, to);
};

export interface BrokenFacts {
  name: string;
  text: string;
  /** Where the problem must be reported: 1-based line and column in the facts file, the path, the message. */
  line: number;
  column: number;
  path: string;
  message: RegExp;
}

/** Each way a facts file can be broken, with where the problem must be reported (1-based line and column). */
export const BROKEN_FACTS: BrokenFacts[] = [
  {
    name: 'bad YAML (a key without its colon)',
    text: replace('    unit: hours\n', '    unit hours\n'),
    line: 9, column: 5, path: '', message: /^YAML: /,
  },
  {
    name: 'a wrong type (a value that is not a number)',
    text: replace('value: 24\n', 'value: twenty-four\n'),
    line: 7, column: 12, path: 'facts[0].value', message: /must be number/,
  },
  {
    name: 'a duplicate id',
    text: `${TEAM_FACTS}${TEAM_FACTS.slice(TEAM_FACTS.indexOf('  - id:')).replace('measure: hours', 'measure: the same hours')}`,
    line: 16, column: 9, path: `facts[id=${TEAM_FACT_ID}].id`, message: /duplicate fact id "team\.lawyer\.deadline" \(first defined at .*:4\)/,
  },
  {
    name: 'a quote that is not in its source',
    text: replace('unable to appear within 24 hours"', 'unable to appear within 24 hours of arrest"'),
    line: 15, column: 12, path: `facts[id=${TEAM_FACT_ID}].quote`, message: /quote is not found verbatim in kz-follow-up-co4 paragraph 4/,
  },
  {
    name: 'an unknown property',
    text: replace('    unit: hours\n', '    units: hours\n'),
    line: 9, column: 12, path: 'facts[0].units', message: /unknown property "units"/,
  },
];
