import type { AuthorKind, Block } from './types';

/** What a UN document's first page says about it, each with the line it was read from. */
export interface Masthead {
  symbol?: string;
  date?: string;
  dateLine?: string;
  title?: string;
  author?: string;
  authorKind?: AuthorKind;
  authorBasis?: string;
  /** How many blocks the masthead takes (they are kept as plain text, before the first heading or paragraph). */
  length: number;
  /** The block holding the title, when the title is one of the masthead's blocks. */
  titleBlock?: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const SYMBOL = /^(?:[A-Z]{1,8}\/){1,}[A-Za-z0-9.()/-]*[A-Za-z0-9)]$/;
const DATE = new RegExp(`(?:^|\\s)(\\d{1,2})\\s+(${MONTHS.join('|')})\\s+(\\d{4})\\s*$`, 'i');
const COMMITTEE = /^(?:Committee|Human Rights Committee|Subcommittee)\b[\w\s,’'-]{3,120}$/;
/** Lines of the masthead that are neither symbol, date, body nor title. */
const FURNITURE = /^(?:United Nations|Distr\.?|Original:|Advance unedited version|(?:[A-Z][a-z]+,\s*)*[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?\s+only$|Convention\b|International Covenant\b|International Convention\b|Optional Protocol\b|GE\.\d|Page\b|Agenda item\b|Item \d|\w+ session\b)/i;
/** A State's own document published under the committee's masthead: the State is its author. */
const STATE_TITLE = /^(?:Information received from|Replies of|Comments (?:of|by)|Follow-up information (?:received )?from|(?:(?:initial|combined|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+th|and)\s+)*periodic reports?\s+(?:submitted by|of))\s+(?:the\s+)?([A-Z][\p{L}'’ -]+?)(?=\s+(?:on|to|under|in|pursuant|due|submitted)\b|[,:*[]|$)/iu;

const strip = (t: string) => t.replace(/\[\^[^\]\s]+\]/g, '').replace(/[*_]+/g, '').replace(/\\(.)/g, '$1').replace(/\s+/g, ' ').trim();

/** The lines of the document's front: paragraphs and table cells before its first numbered paragraph or second heading. */
export function readMasthead(blocks: Block[]): Masthead {
  const m: Masthead = { length: 0 };
  let headings = 0;
  let committeeAt = -1;
  const candidates: { text: string; block: number }[] = [];
  for (let i = 0; i < blocks.length && i < 30; i++) {
    const b = blocks[i]!;
    if (b.kind === 'paragraph' && b.marker) break;
    if (b.kind === 'heading') {
      if (headings++ > 0 || m.title) break;
      // Under a UN masthead, a title set as plain text comes before the first section heading ("A. Introduction").
      if (b.depth > 1 && (m.symbol || m.author) && titleCandidate(candidates.slice(committeeAt + 1), m)) break;
      m.title = strip(b.text);
      m.titleBlock = i;
      m.length = i + 1;
      continue;
    }
    if (m.title) break;
    const lines = b.kind === 'table'
      ? b.markdown.split('\n').filter((l) => !/^\|?\s*:?-{3}/.test(l)).flatMap((l) => l.split(/(?<!\\)\|/)).map(strip).filter(Boolean)
      : [strip(b.text)];
    for (const line of lines) {
      if (!m.symbol && SYMBOL.test(line.replace(/\*+$/, ''))) m.symbol = line.replace(/\*+$/, '');
      const d = DATE.exec(line);
      if (d && !m.date && line.length < 60) {
        m.date = `${d[3]}-${String(MONTHS.indexOf(d[2]!.toLowerCase()) + 1).padStart(2, '0')}-${d[1]!.padStart(2, '0')}`;
        m.dateLine = line;
      }
      if (!m.author && COMMITTEE.test(line)) {
        m.author = line;
        m.authorKind = 'committee';
        m.authorBasis = `the masthead names the ${line}`;
        committeeAt = candidates.length;
      }
      candidates.push({ text: line, block: i });
    }
    m.length = i + 1;
  }
  if (!m.title) {
    // A title without a heading style: the first long line after the committee's name that is no masthead line.
    const t = titleCandidate(candidates.slice(committeeAt + 1), m);
    if (t && m.length) {
      m.title = t.text;
      m.titleBlock = t.block;
    }
  }
  const state = m.title ? STATE_TITLE.exec(m.title) : null;
  if (state) {
    m.author = `Government of ${state[1]!.trim()}`;
    m.authorKind = 'state-party';
    m.authorBasis = `the title names ${state[1]!.trim()} as the State that wrote it`;
  }
  return m;
}

function titleCandidate(lines: { text: string; block: number }[], m: Masthead) {
  return lines.find((c) => c.text.split(' ').length >= 4 && !FURNITURE.test(c.text) && !SYMBOL.test(c.text) && !DATE.test(c.text) && c.text !== m.author);
}

/** `--date` as given, or undefined when it is no date. */
export function parseDateFlag(text: string): string | undefined {
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)) return text;
  const d = DATE.exec(` ${text}`);
  return d ? `${d[3]}-${String(MONTHS.indexOf(d[2]!.toLowerCase()) + 1).padStart(2, '0')}-${d[1]!.padStart(2, '0')}` : undefined;
}
