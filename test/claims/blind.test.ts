import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { facts } from '../support/helpers';
import type { FactBase } from '../../server/src/facts/factBase';
import { extractedFromBundledSources, formatDraftScore, loadDraftItems, scoreDrafts } from './drafts';

/**
 * The blind corpus (test/fixtures/blind): drafts written from the five sources by helpers who never saw the engine,
 * with 42 % of the clean claims NOVEL figures the sources do not state. Its first score, before any rule was changed
 * (commit 8253cd6), was recall 67.8 % and precision 45.7 %. The bar of issue #16 is 90 % recall and 97 % precision,
 * and the floors below are that bar: the engine meets it, and a change that falls below it fails here.
 * `npm run eval:drafts` prints the table per kind and context, and every miss.
 */
const RECALL_FLOOR = 0.9;
const PRECISION_FLOOR = 0.97;

describe('blind claims corpus', function () {
  this.timeout(60000);
  const dir = path.join(__dirname, '..', 'fixtures', 'blind');
  const s = scoreDrafts(dir, facts());

  it('has at least 200 labelled items, 40 % of the clean ones novel', () => {
    const items = loadDraftItems(dir);
    const clean = items.filter((i) => !i.expect.length);
    assert.ok(items.length >= 200, String(items.length));
    assert.ok(clean.filter((i) => i.kind === 'novel').length / clean.length >= 0.4);
  });
  it(`holds recall at or above ${RECALL_FLOOR * 100} % and precision at or above ${PRECISION_FLOOR * 100} %`, () => {
    assert.ok(s.recall >= RECALL_FLOOR && s.precision >= PRECISION_FLOOR, formatDraftScore(s));
  });
});

/**
 * The same corpus judged against the facts the checker extracts from the five sources alone, given as workspace
 * sources with the bundled base off (issue #17; `npm run eval:extracted`). The bar of the issue is 85 % recall and 95 %
 * precision, and the floors are that bar: the extraction meets it (86.2 %, 96.2 %), and a change that loses ground
 * fails here.
 */
holdsFloors('blind claims corpus, with extracted facts only', 'blind', 0.85, 0.96, () => {
  const extracted = extractedFromBundledSources();
  assert.deepEqual(extracted.problems, []);
  return extracted.facts;
});

/**
 * The later blind corpora, each written by a helper from the sources alone and scored before any rule was changed
 * after reading it (README, "How well it checks", has every first score). They measure how the judgement holds on
 * text it was not built on; each one's floors keep what it reaches now, not the bar of issue #16.
 */
const LATER_CORPORA: { name: string; folder: string; recall: number; precision: number; size: number; about: string }[] = [
  {
    name: 'second blind claims corpus',
    folder: 'blind2',
    recall: 0.87,
    precision: 0.94,
    size: 100,
    about: 'A second blind corpus (test/fixtures/blind2, 117 items), written by a helper from the sources alone at the end of the work on issue #16, and scored before any rule was changed for it: recall 74.4 %, precision 82.9 %. It measures how the judgement holds on text it was not built on; the floors below keep what it reaches now (README, "How well it checks"), not the bar, which it does not meet (raised after the kinds the third corpus showed).',
  },
  {
    name: 'third blind claims corpus',
    folder: 'blind3',
    recall: 0.7,
    precision: 0.96,
    size: 150,
    about: 'A third blind corpus (test/fixtures/blind3, 153 items in four drafts: an ombudsman\'s chapter, a State reply in translated English, an NGO follow-up with tables and footnotes, a wire feature), written by a helper from the sources alone in the fourth session, and scored before any rule was changed after reading it: recall 63.4 %, precision 59.1 %, 12 of 112 clean items warned. The kinds it showed were then read (README, "How well it checks"); the floors keep what it reaches now, far from the bar.',
  },
  {
    name: 'fourth blind claims corpus',
    folder: 'blind4',
    recall: 0.8,
    precision: 0.9,
    size: 90,
    about: 'A fourth blind corpus (test/fixtures/blind4, 90 items: an NGO chapter, a State report section in translated English), written in the same session and kept unread while rules changed for the third: 68.0 % / 58.6 % before, 72.0 % / 66.7 % after that work; then read for two kinds (README). The floors keep what it reaches now.',
  },
  {
    name: 'fifth blind claims corpus',
    folder: 'blind5',
    recall: 0.83,
    precision: 0.97,
    size: 100,
    about: 'A fifth blind corpus (test/fixtures/blind5, 100 items: an ombudsman\'s annual-report chapter with a table by region, an NGO shadow report with a list, a news box and translated passages), written by a helper from the sources alone in the fifth session and scored before any rule changed: recall 51.6 %, precision 72.7 %, 2 of 69 clean items warned. Its kinds were then read (README); the floors keep what it reaches now.',
  },
  {
    name: 'sixth blind claims corpus',
    folder: 'blind6',
    recall: 0.92,
    precision: 0.96,
    size: 90,
    about: 'A sixth blind corpus (test/fixtures/blind6, 92 items: a news analysis with an infobox, a State follow-up reply in translated English with annex tables), written in the same session and kept unread while rules changed for the fifth: 81.5 % / 78.6 % at the session\'s start, 81.5 % / 88.0 % after that work; then read (README). The floors keep what it reaches now.',
  },
  {
    name: 'seventh blind claims corpus',
    folder: 'blind7',
    recall: 0.92,
    precision: 0.96,
    size: 100,
    about: 'A seventh blind corpus (test/fixtures/blind7, 104 items: a summary record of the dialogue with the delegation in translated English, an NHRI follow-up submission with lists by region), written after the work on the fifth and scored unread: 67.9 % / 73.1 % on the session\'s starting code, 67.9 % / 86.4 % after that work; then read (README). The floors keep what it reaches now.',
  },
  {
    name: 'eighth blind claims corpus',
    folder: 'blind8',
    recall: 0.73,
    precision: 0.88,
    size: 100,
    about: 'An eighth blind corpus (test/fixtures/blind8, 104 items: an NGO press release and urgent appeal, an academic working paper on redress and the NPM), written at the end of the fifth session and scored unread: 65.2 % / 55.6 %, 9 of 81 clean items warned, on that session\'s starting code; 60.9 % / 60.9 %, 7 of 81, on its final code. Read in the sixth session (README); the floors keep what it reaches now.',
  },
  {
    name: 'ninth blind claims corpus',
    folder: 'blind9',
    recall: 0.88,
    precision: 0.88,
    size: 95,
    about: 'A ninth blind corpus (test/fixtures/blind9, 98 items: a UN press release on the dialogue with the delegation, a State follow-up report in translated English with six tables), written at the start of the sixth session and scored unread: 85.2 % / 74.2 %, 5 of 71 clean items warned, both on the session\'s starting code and after the work on the eighth. Then read (README); the floors keep what it reaches now.',
  },
  {
    name: 'tenth blind claims corpus',
    folder: 'blind10',
    recall: 0.76,
    precision: 0.99,
    size: 100,
    about: 'A tenth blind corpus (test/fixtures/blind10, 101 items: a ministry\'s answer to a deputy\'s request in translated English, an NGO shadow report to the Human Rights Committee), scored unread: 69.2 % / 75.0 %, 5 of 75 clean items warned, on the session\'s starting code and after the work on the eighth and ninth. Then read (README).',
  },
  {
    name: 'eleventh blind claims corpus',
    folder: 'blind11',
    recall: 0.84,
    precision: 0.99,
    size: 100,
    about: 'An eleventh blind corpus (test/fixtures/blind11, 105 items: three wire-service items, a civil-society submission to the Universal Periodic Review with a statistics annex), scored unread: 78.1 % / 71.4 %, 6 of 73 clean items warned, on the session\'s starting code and after the work on the eighth to tenth. Then read (README).',
  },
  {
    name: 'twelfth blind claims corpus',
    folder: 'blind12',
    recall: 0.74,
    precision: 0.86,
    size: 95,
    about: 'A twelfth blind corpus (test/fixtures/blind12, 99 items: a translated news report of a prosecutors\' briefing, an NGO media briefing), scored unread: 81.5 % / 61.1 %, 12 of 72 clean items warned, on the session\'s starting code and after the work on the eighth to eleventh. Then read (README).',
  },
  {
    name: 'thirteenth blind claims corpus',
    folder: 'blind13',
    recall: 0.93,
    precision: 0.99,
    size: 100,
    about: 'A thirteenth blind corpus (test/fixtures/blind13, 106 items: a State\'s fifth periodic report, a lawyer\'s blog post), written last in the sixth session and not read then: 70.0 % / 67.7 %, 6 of 76 clean items warned, on that session\'s starting code; 70.0 % / 77.8 %, 2 of 76, on its final code (83.3 % / 92.6 % with the scorer of the seventh session, which also counts a finding elsewhere on a table row named by its label). Read in the seventh session (README).',
  },
  {
    name: 'fourteenth blind claims corpus',
    folder: 'blind14',
    recall: 0.8,
    precision: 0.95,
    size: 100,
    about: 'A fourteenth blind corpus (test/fixtures/blind14, 106 items: a chapter of the NPM\'s consolidated annual report in translated English, an NGO summary of the dialogue with the delegation), scored unread with the seventh session\'s scorer: 76.7 % / 69.7 %, 5 of 76 clean items warned, on the session\'s starting code and after the work on the thirteenth. Then read (README).',
  },
  {
    name: 'fifteenth blind claims corpus',
    folder: 'blind15',
    recall: 0.82,
    precision: 0.88,
    size: 95,
    about: 'A fifteenth blind corpus (test/fixtures/blind15, 100 items: a donor\'s evaluation report with a results framework, a journalist\'s live blog of a parliamentary hearing translated from Russian), scored unread: 71.4 % / 71.4 %, 7 of 72 clean items warned, on the seventh session\'s starting code; 67.9 % / 70.4 %, 7 of 72, after the work on the thirteenth and fourteenth. Then read (README).',
  },
  {
    name: 'sixteenth blind claims corpus',
    folder: 'blind16',
    recall: 0.83,
    precision: 0.86,
    size: 100,
    about: 'A sixteenth blind corpus (test/fixtures/blind16, 102 items: an Ombudsman\'s special report with a statistical annex in translated English, a wire dispatch and a media NGO\'s fact-check), scored unread: 80.6 % / 71.4 %, 6 of 71 clean items warned, on the seventh session\'s starting code; 80.6 % / 73.5 %, 6 of 71, after the work on the thirteenth to fifteenth. Then read (README).',
  },
  {
    name: 'seventeenth blind claims corpus',
    folder: 'blind17',
    recall: 0.93,
    precision: 0.96,
    size: 100,
    about: 'A seventeenth blind corpus (test/fixtures/blind17, 104 items: the statistical annex of a State\'s reply in translated English, a researcher\'s op-ed comparing neighbours\' figures), written last in the seventh session and not read there: 87.1 % / 75.0 %, 6 of 73 clean items warned, on the seventh session\'s starting code; 83.9 % / 83.9 %, 3 of 73, on its final code. Read in the eighth (README).',
  },
  {
    name: 'eighteenth blind claims corpus',
    folder: 'blind18',
    recall: 0.81,
    precision: 0.95,
    size: 100,
    about: 'An eighteenth blind corpus (test/fixtures/blind18, 101 items: a parliamentary committee hearing transcript in translated English with figures spoken aloud, a regional NGO\'s quarterly monitoring bulletin with a dashboard table), scored unread: 74.1 % / 90.9 %, 0 of 74 clean items warned, on the eighth session\'s starting code and after the work on the seventeenth. Then read (README).',
  },
  {
    name: 'nineteenth blind claims corpus',
    folder: 'blind19',
    recall: 0.75,
    precision: 0.99,
    size: 90,
    about: 'A nineteenth blind corpus (test/fixtures/blind19, 94 items: a country rapporteur\'s briefing note in terse bullets and abbreviations, a news explainer in questions and answers with a timeline and a box of numbers), scored unread: 60.7 % / 73.9 %, 4 of 66 clean items warned, on the eighth session\'s starting code and after the work on the seventeenth and eighteenth. Then read (README).',
  },
  {
    name: 'twentieth blind claims corpus',
    folder: 'blind20',
    recall: 0.89,
    precision: 0.96,
    size: 90,
    about: 'A twentieth blind corpus (test/fixtures/blind20, 96 items: a national human rights institution\'s submission in numbered paragraphs with a table and footnotes, a magazine feature on one family\'s search for redress with a sidebar and a correction note), scored unread: 78.6 % / 73.3 %, 8 of 68 clean items warned, on the eighth session\'s starting code and after the work on the seventeenth to nineteenth. Then read (README).',
  },
  {
    name: 'twenty-first blind claims corpus',
    folder: 'blind21',
    recall: 0.86,
    precision: 0.99,
    size: 90,
    about: 'A twenty-first blind corpus (test/fixtures/blind21, 98 items: a legal clinic\'s policy brief with endnotes and a methodology note on its own case files, draft minutes of an NGO coalition\'s strategy meeting with a table of figures to use), written last in the eighth session and left unread: 76.7 % / 76.7 %, 3 of 68 clean items warned, on that session\'s starting code; 80.0 % / 77.4 %, 3 of 68, on its final code. Read in the ninth session (README).',
  },
  {
    name: 'twenty-second blind claims corpus',
    folder: 'blind22',
    recall: 0.72,
    precision: 0.84,
    size: 90,
    about: 'A twenty-second blind corpus (test/fixtures/blind22, 96 items: a section of a joint NGO alternative report to the Universal Periodic Review by recommendation cluster with status lines and tables, a translated summary of a radio interview with a prosecutor and a lawyer, figures rounded in speech), written at the end of the eighth session and left unread: 58.6 % / 65.4 %, 4 of 67 clean items warned, on that session\'s starting code; 65.5 % / 67.9 %, 4 of 67, on its final code. Read in the ninth session (README). In the thirteenth session a warning on an unlabelled line was added, "In 2019, about 950 reports were registered" against the 850 torture offences the register counted that year (84.0 %): a real slip of the interview, which its writer left unlabelled.',
  },
  {
    name: 'twenty-third blind claims corpus',
    folder: 'blind23',
    recall: 0.82,
    precision: 0.91,
    size: 90,
    about: 'A twenty-third blind corpus (test/fixtures/blind23, 98 items: a deputy\'s written question to the Mazhilis with the ministry\'s answer in translated English, an EU delegation\'s summary of a human-rights dialogue), scored unread: 82.1 % / 85.2 %, 3 of 70 clean items warned, on the ninth session\'s starting code (bc5c0cd). Then read (README).',
  },
  {
    name: 'twenty-fourth blind claims corpus',
    folder: 'blind24',
    recall: 0.72,
    precision: 0.9,
    size: 90,
    about: 'A twenty-fourth blind corpus (test/fixtures/blind24, 101 items: a journal article comparing torture prevention in Central Asia with many footnotes, an NGO\'s dated chronology of events), scored unread: 68.0 % / 77.3 %, 3 of 76 clean items warned, on the ninth session\'s starting code. Then read (README).',
  },
  {
    name: 'twenty-fifth blind claims corpus',
    folder: 'blind25',
    recall: 0.69,
    precision: 0.99,
    size: 90,
    about: 'A twenty-fifth blind corpus (test/fixtures/blind25, 95 items: a ministry\'s press release, a weekly digest of regional news translated from Russian), scored unread: 73.1 % / 86.4 %, 3 of 69 clean items warned, on the ninth session\'s starting code. Then read (README).',
  },
  {
    name: 'twenty-sixth blind claims corpus',
    folder: 'blind26',
    recall: 0.59,
    precision: 0.9,
    size: 90,
    about: 'A twenty-sixth blind corpus (test/fixtures/blind26, 107 items: a donor-funded project\'s annual progress report with an indicator table, an encyclopedia entry on the national preventive mechanism), scored unread: 56.3 % / 90.0 %, 1 of 75 clean items warned, on the ninth session\'s starting code. Then read (README).',
  },
  {
    name: 'twenty-seventh blind claims corpus',
    folder: 'blind27',
    recall: 0.69,
    precision: 0.99,
    size: 90,
    about: 'A twenty-seventh blind corpus (test/fixtures/blind27, 103 items: a legal database\'s digest of court decisions, an activist\'s numbered thread), scored unread: 69.2 % / 48.6 %, 8 of 77 clean items warned, on the ninth session\'s starting code. Then read (README).',
  },
  {
    name: 'twenty-eighth blind claims corpus',
    folder: 'blind28',
    recall: 0.78,
    precision: 0.91,
    size: 90,
    about: 'A twenty-eighth blind corpus (test/fixtures/blind28, 112 items: a chapter of the national human rights institution\'s annual report on complaints with tables by region and institution, a master\'s thesis on redress), written in the ninth session and not read: 78.6 % / 78.6 %, 4 of 84 clean items warned, on its starting code. The floors keep what it reaches, unread. Read in the tenth session (README): 78.6 % / 91.7 %, 1 of 84.',
  },
  {
    name: 'twenty-ninth blind claims corpus',
    folder: 'blind29',
    recall: 0.71,
    precision: 0.99,
    size: 90,
    about: 'A twenty-ninth blind corpus (test/fixtures/blind29, 109 items: UN human-rights office press briefing notes with questions from journalists, a one-page fact sheet with a box of key numbers), written in the ninth session and not read: 75.0 % / 84.0 %, 4 of 81 clean items warned, on its starting code. The floors keep what it reaches, unread. Read in the tenth session (README): 71.4 % / 100 %, 0 of 81.',
  },
  {
    name: 'thirtieth blind claims corpus',
    folder: 'blind30',
    recall: 0.75,
    precision: 0.99,
    size: 90,
    about: 'A thirtieth blind corpus (test/fixtures/blind30, 101 items: a Government\'s reply to a communication of the UN Special Procedures with annexed tables, an NGO\'s press release reacting to it), written in the ninth session and not read: 75.0 % / 87.5 %, 3 of 73 clean items warned, on its starting code. The floors keep what it reaches, unread. Read in the tenth session (README): 75.0 % / 100 %, 0 of 73.',
  },
  {
    name: 'thirty-first blind claims corpus',
    folder: 'blind31',
    recall: 0.65,
    precision: 0.94,
    size: 90,
    about: 'A thirty-first blind corpus (test/fixtures/blind31, 99 items: the methodology notes of an NGO\'s data dashboard, a wiki-style article on the aftermath of the January 2022 unrest with bracketed references), scored unread: 65.4 % / 60.7 %, 2 of 73 clean items warned, on the ninth session\'s starting code. Then read (README).',
  },
  {
    name: 'thirty-second blind claims corpus',
    folder: 'blind32',
    recall: 0.63,
    precision: 0.99,
    size: 90,
    about: 'A thirty-second blind corpus (test/fixtures/blind32, 100 items: an OHCHR meeting summary of the Committee\'s dialogue with Kazakhstan, a podcast transcript with two hosts and a lawyer), written in the tenth session: 63.6 % / 70.0 %, 6 of 78 clean items warned, unread on the starting code (e7afcba). Then read (README).',
  },
  {
    name: 'thirty-third blind claims corpus',
    folder: 'blind33',
    recall: 0.82,
    precision: 0.99,
    size: 90,
    about: 'A thirty-third blind corpus (test/fixtures/blind33, 98 items: a regional policy brief comparing Central Asian States with a comparison table, a defence lawyer\'s long social-media post), written in the tenth session: 82.6 % / 82.6 %, 3 of 75 clean items warned, unread on the starting code. Then read (README).',
  },
  {
    name: 'thirty-fourth blind claims corpus',
    folder: 'blind34',
    recall: 0.69,
    precision: 0.94,
    size: 90,
    about: 'A thirty-fourth blind corpus (test/fixtures/blind34, 101 items: an international trial-monitoring mission\'s report with tables of observed hearings, a donor network\'s newsletter), written in the tenth session: 69.6 % / 69.6 %, 6 of 78 clean items warned, unread on the starting code. Then read (README).',
  },
  {
    name: 'thirty-fifth blind claims corpus',
    folder: 'blind35',
    recall: 0.73,
    precision: 0.82,
    size: 90,
    about: 'A thirty-fifth blind corpus (test/fixtures/blind35, 104 items: a public-health journal\'s short report on deaths and health care in prisons, minutes of a parliamentary budget committee), written in the tenth session: 73.7 % / 73.7 %, 4 of 85 clean items warned, unread on its starting code. Then read (README).',
  },
  {
    name: 'thirty-sixth blind claims corpus',
    folder: 'blind36',
    recall: 0.69,
    precision: 0.94,
    size: 90,
    about: 'A thirty-sixth blind corpus (test/fixtures/blind36, 104 items: a State delegation\'s statement at the Universal Periodic Review in translated English, a student\'s essay on the NPM with footnotes), written in the tenth session: 69.6 % / 84.2 %, 2 of 81 clean items warned, unread on its starting code. Then read (README).',
  },
  {
    name: 'thirty-seventh blind claims corpus',
    folder: 'blind37',
    recall: 0.78,
    precision: 0.94,
    size: 90,
    about: 'A thirty-seventh blind corpus (test/fixtures/blind37, 105 items: an NGO\'s urgent-action appeal, the statistical annex of a shadow report with notes and sources under each table), written in the tenth session and not read then: 78.3 % / 90.0 %, 2 of 82 clean items warned, on the eleventh session\'s starting code. Read in the eleventh session (README): 78.3 % / 94.7 %, 1 of 82.',
  },
  {
    name: 'thirty-eighth blind claims corpus',
    folder: 'blind38',
    recall: 0.73,
    precision: 0.94,
    size: 90,
    about: 'A thirty-eighth blind corpus (test/fixtures/blind38, 105 items: a parliamentary research service\'s briefing with boxes and a timeline, a translated interview with a regional Ombudsman office), written late in the tenth session and not read then: 73.9 % / 70.8 %, 6 of 82 clean items warned. Read in the eleventh session (README): 73.9 % / 94.4 %, none of 82.',
  },
  {
    name: 'thirty-ninth blind claims corpus',
    folder: 'blind39',
    recall: 0.6,
    precision: 0.87,
    size: 90,
    about: 'A thirty-ninth blind corpus (test/fixtures/blind39, 102 items: a shadow-report chapter to the Human Rights Committee in numbered paragraphs, a fact-check article rating five claims), written late in the tenth session and not read then: 60.9 % / 70.0 %, 4 of 79 clean items warned. Read in the eleventh session (README): 60.9 % / 87.5 %, 1 of 79.',
  },
  {
    name: 'fortieth blind claims corpus',
    folder: 'blind40',
    recall: 0.72,
    precision: 0.94,
    size: 90,
    about: 'A fortieth blind corpus (test/fixtures/blind40, 102 items: a field office\'s internal monitoring memo with a table of places visited, the key figures of a redress group\'s annual report), written late in the tenth session and not read then: 72.7 % / 94.1 %, 1 of 80 clean items warned. Read in the eleventh session (README; its one warned clean item, "remand prisoners only" against deaths of convicts and remand prisoners, is left).',
  },
  {
    name: 'forty-first blind claims corpus',
    folder: 'blind41',
    recall: 0.63,
    precision: 0.87,
    size: 90,
    about: 'A forty-first blind corpus (test/fixtures/blind41, 100 items: the CAT follow-up rapporteur\'s assessment letter, an evening news script translated from Russian), written at the start of the eleventh session and not read: 68.2 % / 60.0 %, 8 of 78 clean items warned, on the session\'s starting code (a8cebe9). Read in the twelfth session (README): 63.6 % / 87.5 %, 2 of 78.',
  },
  {
    name: 'forty-second blind claims corpus',
    folder: 'blind42',
    recall: 0.5,
    precision: 0.92,
    size: 90,
    about: 'A forty-second blind corpus (test/fixtures/blind42, 107 items: an NGO grant proposal with a baseline-indicator table, a regional bar association\'s newsletter), written at the start of the eleventh session and not read: 50.0 % / 80.0 %, 2 of 83 clean items warned, on the session\'s starting code. Read in the twelfth session (README): 50.0 % / 92.3 %, none of 83.',
  },
  {
    name: 'forty-third blind claims corpus',
    folder: 'blind43',
    recall: 0.5,
    precision: 0.97,
    size: 90,
    about: 'A forty-third blind corpus (test/fixtures/blind43, 108 items: a legal clinic\'s digest of torture judgments, an NGO\'s public FAQ page), written at the start of the eleventh session and not read: 50.0 % / 86.7 %, 2 of 82 clean items warned, on the session\'s starting code. Read in the twelfth session (README): 50.0 % / 100 %, none of 82.',
  },
  {
    name: 'forty-fourth blind claims corpus',
    folder: 'blind44',
    recall: 0.73,
    precision: 0.89,
    size: 90,
    about: 'A forty-fourth blind corpus (test/fixtures/blind44, 99 items: a forensic medical experts\' association report on Istanbul Protocol practice, a European Parliament written question with the Commission\'s answer), written at the start of the eleventh session: 73.9 % / 89.5 %, 1 of 76 clean items warned, unread on its starting code. Then read (README).',
  },
  {
    name: 'forty-fifth blind claims corpus',
    folder: 'blind45',
    recall: 0.65,
    precision: 0.97,
    size: 90,
    about: 'A forty-fifth blind corpus (test/fixtures/blind45, 107 items: a Telegram channel\'s weekly digest translated from Russian, the recommendations of a prevention body\'s visit report), written at the start of the eleventh session: 65.2 % / 83.3 %, 3 of 84 clean items warned, unread on its starting code. Then read (README).',
  },
  {
    name: 'forty-sixth blind claims corpus',
    folder: 'blind46',
    recall: 0.73,
    precision: 0.97,
    size: 90,
    about: 'A forty-sixth blind corpus (test/fixtures/blind46, 105 items: a rehabilitation centre\'s board minutes, a public-opinion survey report with data tables), written at the start of the eleventh session: 73.9 % / 70.8 %, 6 of 82 clean items warned, unread on its starting code. Then read (README): 73.9 % / 100 %, none of 82.',
  },
  {
    name: 'forty-seventh blind claims corpus',
    folder: 'blind47',
    recall: 0.65,
    precision: 0.97,
    size: 90,
    about: 'A forty-seventh blind corpus (test/fixtures/blind47, 100 items: a regional Ombudsman office\'s annual report with tables by district and type of complaint, an op-ed translated from Kazakh), written in the eleventh session\'s second round: 65.2 % / 93.8 %, 1 of 77 clean items warned, unread on its starting code. Then read (README): 65.2 % / 100 %.',
  },
  {
    name: 'forty-eighth blind claims corpus',
    folder: 'blind48',
    recall: 0.5,
    precision: 0.97,
    size: 90,
    about: 'A forty-eighth blind corpus (test/fixtures/blind48, 102 items: the statistics annex of a Special Rapporteur\'s communication summary, a training handout for police cadets), written in the eleventh session\'s second round and not read: 50.0 % / 92.3 %, 1 of 78 clean items warned, on the session\'s starting code and final code alike. Read in the twelfth session (README): 50.0 % / 100 %, none of 78.',
  },
  {
    name: 'forty-ninth blind claims corpus',
    folder: 'blind49',
    recall: 0.75,
    precision: 0.97,
    size: 90,
    about: 'A forty-ninth blind corpus (test/fixtures/blind49, 100 items: an investigative long-read on one region\'s detention facilities, an investors\' risk scorecard), written in the eleventh session\'s second round: 75.0 % / 69.2 %, 7 of 76 clean items warned, unread on its starting code. Then read (README): 75.0 % / 100 %.',
  },
  {
    name: 'fiftieth blind claims corpus',
    folder: 'blind50',
    recall: 0.54,
    precision: 0.92,
    size: 90,
    about: 'A fiftieth blind corpus (test/fixtures/blind50, 98 items: an NGO coalition\'s tracker of each recommendation, a translated university panel transcript), written in the eleventh session\'s second round: 54.5 % / 80.0 %, 3 of 76 clean items warned, unread on its starting code. Then read (README): 54.5 % / 92.3 %, 1 of 76.',
  },
  {
    name: 'fifty-first blind claims corpus',
    folder: 'blind51',
    recall: 0.69,
    precision: 0.84,
    size: 90,
    about: 'A fifty-first blind corpus (test/fixtures/blind51, 104 items: a fact-checking outlet\'s verdicts on five public statements, a university lecture\'s notes with a case study), written at the start of the twelfth session: 69.6 % / 69.6 %, 4 of 81 clean items warned, unread on its starting code. Then read (README): 69.6 % / 84.2 %, none of 81 (three warnings fall on figures of unlabelled headings the writer made wrong on purpose).',
  },
  {
    name: 'fifty-second blind claims corpus',
    folder: 'blind52',
    recall: 0.68,
    precision: 0.99,
    size: 90,
    about: 'A fifty-second blind corpus (test/fixtures/blind52, 101 items: an NGO coalition\'s email thread over a shadow report, a donor briefing\'s speaker notes), written at the start of the twelfth session: 68.2 % / 93.8 %, 1 of 79 clean items warned, unread on its starting code. Then read (README): 68.2 % / 100 %.',
  },
  {
    name: 'fifty-third blind claims corpus',
    folder: 'blind53',
    recall: 0.63,
    precision: 0.87,
    size: 90,
    about: 'A fifty-third blind corpus (test/fixtures/blind53, 97 items: a translated podcast transcript, a legal-aid hotline\'s quarterly statistics bulletin), written at the start of the twelfth session: 63.6 % / 82.4 %, 1 of 75 clean items warned, unread on its starting code. Then read (README): 63.6 % / 87.5 %, none of 75.',
  },
  {
    name: 'fifty-fourth blind claims corpus',
    folder: 'blind54',
    recall: 0.77,
    precision: 0.94,
    size: 90,
    about: 'A fifty-fourth blind corpus (test/fixtures/blind54, 102 items: a civil-society statement at an OSCE side event, a regional prosecutor\'s translated statistical bulletin), written at the start of the twelfth session: 72.7 % / 76.2 %, 5 of 80 clean items warned, unread on its starting code. Then read (README): 77.3 % / 94.4 %, 1 of 80.',
  },
  {
    name: 'fifty-fifth blind claims corpus',
    folder: 'blind55',
    recall: 0.7,
    precision: 0.94,
    size: 90,
    about: 'A fifty-fifth blind corpus (test/fixtures/blind55, 100 items: a section of an NGO shadow report to the Human Rights Committee, a news explainer of six numbers), written at the start of the twelfth session and not read then (only the names of the rules that decided two caught figures the session\'s first code lost were looked at): 70.8 % / 89.5 %, 2 of 76 clean items warned, on the starting code and the final code alike. Read in the thirteenth session: 70.8 % / 94.4 %, 1 of 76.',
  },
  {
    name: 'fifty-sixth blind claims corpus',
    folder: 'blind56',
    recall: 0.66,
    precision: 0.94,
    size: 90,
    about: 'A fifty-sixth blind corpus (test/fixtures/blind56, 101 items: a defence lawyer\'s complaint to a regional prosecutor, a think-tank blog post with a chart\'s data table), written at the start of the twelfth session and not read then: 66.7 % / 76.2 %, 3 of 77 clean items warned, on the starting code and the final code alike. Read in the thirteenth session: 66.7 % / 94.1 %, none of 77.',
  },
  {
    name: 'fifty-seventh blind claims corpus',
    folder: 'blind57',
    recall: 0.56,
    precision: 0.99,
    size: 90,
    about: 'A fifty-seventh blind corpus (test/fixtures/blind57, 104 items: a translated newspaper interview with a regional head of the NPM, an NGO infographic\'s text and data notes), written in the twelfth session\'s second round: 52.2 % / 75.0 %, 3 of 81 clean items warned, unread on the session\'s starting code; 56.5 % / 76.5 % after the first round, still unread. Then read (README): 56.5 % / 100 %, none of 81.',
  },
  {
    name: 'fifty-eighth blind claims corpus',
    folder: 'blind58',
    recall: 0.6,
    precision: 0.93,
    size: 90,
    about: 'A fifty-eighth blind corpus (test/fixtures/blind58, 103 items: a State party\'s comments on the follow-up assessment in translated official English, a moot-court memorial\'s statement of facts), written in the twelfth session\'s second round: 60.9 % / 77.8 %, 3 of 80 clean items warned, unread on the starting code and after the first round alike. Then read (README): 60.9 % / 93.3 %, 1 of 80.',
  },
  {
    name: 'fifty-ninth blind claims corpus',
    folder: 'blind59',
    recall: 0.7,
    precision: 0.85,
    size: 90,
    about: 'A fifty-ninth blind corpus (test/fixtures/blind59, 102 items: a foreign ministry desk\'s briefing memo before a dialogue, a reader\'s letter and the newspaper\'s reply, translated), written in the twelfth session\'s second round and not read then: 70.8 % / 85.0 %, none of 78 clean items warned, on the starting code and the final code alike. Read in the thirteenth session: 70.8 % / 85.0 %, none of 78.',
  },
  {
    name: 'sixtieth blind claims corpus',
    folder: 'blind60',
    recall: 0.72,
    precision: 1,
    size: 90,
    about: 'A sixtieth blind corpus (test/fixtures/blind60, 101 items: a small-grants programme\'s annual report with a grantee results table, a translated radio call-in show on prison conditions), written in the twelfth session\'s second round and not read then: 77.3 % / 77.3 %, 4 of 79 clean items warned, on the starting code; 72.7 % / 80.0 %, 3 of 79, on the final code. Read in the thirteenth session: 72.7 % / 100 %, none of 79.',
  },
  {
    name: 'sixty-first blind claims corpus',
    folder: 'blind61',
    recall: 0.76,
    precision: 0.9,
    size: 90,
    about: 'A sixty-first blind corpus (test/fixtures/blind61, 105 items: a foreign government\'s country human-rights report section, footnoted; a national action-plan working group\'s implementation matrix of the Committee\'s recommendations), written in the thirteenth session\'s first round: 56.0 % / 93.3 %, 1 of 80 clean items warned, unread on the session\'s starting code. Then read (README): 76.0 % / 90.5 %, 1 of 80.',
  },
  {
    name: 'sixty-second blind claims corpus',
    folder: 'blind62',
    recall: 0.58,
    precision: 0.93,
    size: 90,
    about: 'A sixty-second blind corpus (test/fixtures/blind62, 106 items: a civil court judgment on a torture compensation claim, translated from Russian; a webinar\'s chat log and Q&A for lawyers), written in the thirteenth session\'s first round: 58.3 % / 87.5 %, 1 of 82 clean items warned, unread on the session\'s starting code. Then read (README): 58.3 % / 93.3 %, 0 of 82.',
  },
  {
    name: 'sixty-third blind claims corpus',
    folder: 'blind63',
    recall: 0.7,
    precision: 1.0,
    size: 90,
    about: 'A sixty-third blind corpus (test/fixtures/blind63, 99 items: a TV documentary script with captions and interviews; an NGO report\'s statistical annex with Russian-style number formats), written in the thirteenth session\'s first round: 66.7 % / 84.2 %, 2 of 75 clean items warned, unread on the session\'s starting code. Then read (README): 70.8 % / 100.0 %, 0 of 75.',
  },
  {
    name: 'sixty-fourth blind claims corpus',
    folder: 'blind64',
    recall: 0.7,
    precision: 0.85,
    size: 90,
    about: 'A sixty-fourth blind corpus (test/fixtures/blind64, 105 items: a political party\'s human-rights platform before elections; a torture-rehabilitation centre\'s annual client intake report), written in the thirteenth session\'s first round and not read: 66.7 % / 80.0 %, 2 of 81 clean items warned, on the starting code; 70.8 % / 85.0 %, 2 of 81, on the final code.',
  },
  {
    name: 'sixty-fifth blind claims corpus',
    folder: 'blind65',
    recall: 0.58,
    precision: 1.0,
    size: 90,
    about: 'A sixty-fifth blind corpus (test/fixtures/blind65, 108 items: a CEDAW shadow-report section on women in detention; a conference abstract booklet on torture prevention in Central Asia), written in the thirteenth session\'s first round and not read: 58.3 % / 100.0 %, 0 of 84 clean items warned, on the starting code; 58.3 % / 100.0 %, 0 of 84, on the final code.',
  },
  {
    name: 'sixty-sixth blind claims corpus',
    folder: 'blind66',
    recall: 0.52,
    precision: 0.85,
    size: 90,
    about: 'A sixty-sixth blind corpus (test/fixtures/blind66, 104 items: an NGO\'s urgent appeal to the Special Rapporteur on torture; a section of an academic journal article with footnotes and a table), written in the thirteenth session\'s first round and not read: 52.2 % / 85.7 %, 2 of 81 clean items warned, on the starting code; 52.2 % / 85.7 %, 2 of 81, on the final code.',
  },
  {
    name: 'sixty-seventh blind claims corpus',
    folder: 'blind67',
    recall: 0.72,
    precision: 0.9,
    size: 90,
    about: 'A sixty-seventh blind corpus (test/fixtures/blind67, 106 items: a treaty-body secretariat\'s country briefing note for the rapporteurs; a translated news agency feed of short items), written in the thirteenth session\'s second round: 72.0 % / 81.8 %, 4 of 81 clean items warned, unread on the session\'s starting code. Then read (README): 72.0 % / 90.0 %, 2 of 81.',
  },
  {
    name: 'sixty-eighth blind claims corpus',
    folder: 'blind68',
    recall: 0.66,
    precision: 0.88,
    size: 90,
    about: 'A sixty-eighth blind corpus (test/fixtures/blind68, 106 items: minutes of a parliamentary working group on penitentiary reform, translated; an NGO\'s Q&A explainer for families of detainees), written in the thirteenth session\'s second round: 66.7 % / 80.0 %, 3 of 82 clean items warned, unread on the session\'s starting code. Then read (README): 66.7 % / 88.9 %, 1 of 82.',
  },
  {
    name: 'sixty-ninth blind claims corpus',
    folder: 'blind69',
    recall: 0.58,
    precision: 0.87,
    size: 90,
    about: 'A sixty-ninth blind corpus (test/fixtures/blind69, 100 items: an investigative long-form feature on the January 2022 events with data boxes; a national human rights institution\'s statistical yearbook chapter on complaints), written in the thirteenth session\'s second round: 58.3 % / 77.8 %, 4 of 76 clean items warned, unread on the session\'s starting code. Then read (README): 58.3 % / 87.5 %, 2 of 76.',
  },
  {
    name: 'seventieth blind claims corpus',
    folder: 'blind70',
    recall: 0.61,
    precision: 0.76,
    size: 90,
    about: 'A seventieth blind corpus (test/fixtures/blind70, 102 items: a European Parliament resolution-style text with recitals and numbered paragraphs; a law firm\'s client alert on redress), written in the thirteenth session\'s second round: 42.9 % / 60.0 %, 4 of 81 clean items warned, unread on the session\'s starting code. Then read (README): 61.9 % / 76.5 %, 2 of 81.',
  },
  {
    name: 'seventy-first blind claims corpus',
    folder: 'blind71',
    recall: 0.8,
    precision: 0.99,
    size: 90,
    about: 'A seventy-first blind corpus (test/fixtures/blind71, 102 items: a law clinic\'s bench memorandum for a moot court; a deputy\'s written question and the minister\'s answer, translated), written in the fourteenth session\'s first round: 81.0 % / 94.4 %, 0 of 81 clean items warned, on the session\'s starting code (19dbffb). Then read (README): 81.0 % / 100 %, 0 of 81.',
  },
  {
    name: 'seventy-second blind claims corpus',
    folder: 'blind72',
    recall: 0.71,
    precision: 0.99,
    size: 90,
    about: 'A seventy-second blind corpus (test/fixtures/blind72, 105 items: an NGO\'s numbered social-media thread on the review; a donor project\'s mid-term evaluation with a logframe table), written in the fourteenth session\'s first round: 72.0 % / 90.0 %, 2 of 80 clean items warned, on the starting code. Then read (README): 72.0 % / 100 %, 0 of 80.',
  },
  {
    name: 'seventy-third blind claims corpus',
    folder: 'blind73',
    recall: 0.71,
    precision: 0.83,
    size: 90,
    about: 'A seventy-third blind corpus (test/fixtures/blind73, 104 items: an EU delegation\'s background sheet for a human-rights dialogue; a detainee\'s mother\'s letter to the Ombudsman, translated), written in the fourteenth session\'s first round and not read: 71.4 % / 83.3 %, 4 of 76 clean items warned, on the starting code and on the final code.',
  },
  {
    name: 'seventy-fourth blind claims corpus',
    folder: 'blind74',
    recall: 0.59,
    precision: 0.99,
    size: 90,
    about: 'A seventy-fourth blind corpus (test/fixtures/blind74, 102 items: a prosecutor general\'s office press release, translated; an international index\'s country scorecard), written in the fourteenth session\'s first round: 54.5 % / 80.0 %, 3 of 80 clean items warned, on the starting code. Then read (README): 59.1 % / 100 %, 0 of 80.',
  },
  {
    name: 'seventy-fifth blind claims corpus',
    folder: 'blind75',
    recall: 0.62,
    precision: 0.88,
    size: 90,
    about: 'A seventy-fifth blind corpus (test/fixtures/blind75, 108 items: a podcast of two defence lawyers; a regional NPM visit report chapter on a remand centre), written in the fourteenth session\'s first round and not read: 62.5 % / 88.2 %, 1 of 84 clean items warned, on the starting code and on the final code.',
  },
  {
    name: 'seventy-sixth blind claims corpus',
    folder: 'blind76',
    recall: 0.69,
    precision: 0.8,
    size: 90,
    about: 'A seventy-sixth blind corpus (test/fixtures/blind76, 97 items: a master\'s thesis chapter; a translated newspaper interview with a former police investigator), written in the fourteenth session\'s second round and not read: 69.6 % / 80.0 %, 3 of 74 clean items warned, on the starting code and on the final code.',
  },
  {
    name: 'seventy-seventh blind claims corpus',
    folder: 'blind77',
    recall: 0.66,
    precision: 0.77,
    size: 90,
    about: 'A seventy-seventh blind corpus (test/fixtures/blind77, 101 items: a UN country team\'s situation report; an NGO\'s infographic captions), written in the fourteenth session\'s second round and not read: 66.7 % / 77.8 %, 3 of 80 clean items warned, on the starting code and on the final code.',
  },
  {
    name: 'seventy-eighth blind claims corpus',
    folder: 'blind78',
    recall: 0.68,
    precision: 0.77,
    size: 90,
    about: 'A seventy-eighth blind corpus (test/fixtures/blind78, 104 items: a translated summary record of a ministry round table on compensation; a donor\'s country-strategy annex with a risk matrix), written in the fourteenth session\'s second round and not read: 68.0 % / 77.3 %, 3 of 79 clean items warned, on the starting code and on the final code.',
  },
  {
    name: 'seventy-ninth blind claims corpus',
    folder: 'blind79',
    recall: 0.55,
    precision: 0.91,
    size: 90,
    about: 'A seventy-ninth blind corpus (test/fixtures/blind79, 98 items: a bar association\'s monitoring report on access to a lawyer in police custody; a trial-monitoring weekly update e-mail), written in the fourteenth session\'s third round: 55.0 % / 73.3 %, 4 of 78 clean items warned, on the session\'s starting code and, unread, on its code of the second round. Then read (README): 55.0 % / 91.7 %, 1 of 78.',
  },
  {
    name: 'eightieth blind claims corpus',
    folder: 'blind80',
    recall: 0.61,
    precision: 0.99,
    size: 90,
    about: 'An eightieth blind corpus (test/fixtures/blind80, 100 items: a draft statistical annex to a State\'s replies to a list of issues; a blog post comparing official torture statistics across years), written in the fourteenth session\'s third round: 61.9 % / 92.9 %, 1 of 79 clean items warned, on the starting code and, unread, on the code of the second round. Then read (README): 61.9 % / 100 %, 0 of 79.',
  },
];
for (const c of LATER_CORPORA) holdsFloors(c.name, c.folder, c.recall, c.precision, facts, c.size);

function holdsFloors(name: string, folder: string, recallFloor: number, precisionFloor: number, base: () => FactBase, size?: number): void {
  describe(name, function () {
    this.timeout(120000);
    it(`holds recall at or above ${recallFloor * 100} % and precision at or above ${precisionFloor * 100} %`, () => {
      const dir = path.join(__dirname, '..', 'fixtures', folder);
      if (size !== undefined) {
        const items = loadDraftItems(dir);
        const clean = items.filter((i) => !i.expect.length);
        assert.ok(items.length >= size && clean.filter((i) => i.kind === 'novel').length / clean.length >= 0.4);
      }
      const s = scoreDrafts(dir, base());
      assert.ok(s.recall >= recallFloor && s.precision >= precisionFloor, formatDraftScore(s));
    });
  });
}
