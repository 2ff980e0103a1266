/** A reference to a document (and optionally its paragraphs) found in prose. Offsets relative to the scanned text. */
export interface Citation {
  start: number;
  end: number;
  /** The UN symbol as written (normalised), when the citation names one. */
  symbol?: string;
  symbolStart?: number;
  symbolEnd?: number;
  /** A phrase standing for a document ("the list of issues"), resolved later against catalogue aliases. */
  phrase?: string;
  /** Individual communications and special procedures letters ("No. 497/2012", "AL KAZ 2/2024"). */
  communication?: string;
  /** Paragraphs cited, each with its own range in the text. */
  paragraphs: ParagraphRef[];
  /** "question 6 (b)" cites list-of-issues paragraphs by their question number. */
  viaQuestion?: boolean;
  /**
   * A bare paragraph reference right after a document named in words that no catalogue phrase matched
   * ("Additional questions, para. 45"): it cites that document, not the one cited last.
   */
  named?: boolean;
}

export interface ParagraphRef {
  /** Canonical id, e.g. "10", "139.62". */
  id: string;
  /** Lettered subparagraph, e.g. "b". */
  sub?: string;
  start: number;
  end: number;
}

const BODY = '(?:CAT\\/OP|CAT|CCPR|CERD|CEDAW|CRC|CRPD|CED|CMW|SPT|E\\/C\\.12|A\\/HRC|A\\/RES|A|E|S|HRI)';
const SYMBOL = new RegExp(`(?<![\\w/])${BODY}(?:\\/(?:[A-Z0-9][A-Za-z0-9]*(?:[.\\-][A-Za-z0-9]+)*))+(?:\\s+and\\s+Corr\\.\\s?\\d+)?`, 'g');
const COMMUNICATION = /\b(?:AL|UA|OL|JAL|JUA)\s+[A-Z]{3}\s+\d+\/\d{4}\b|(?<=\b(?:communications?|complaints?|case)\s+(?:No\.|Nos\.|№)\s?)\d+\/\d{4}\b/g;

/** "para. 10", "paras. 11–15", "paragraphs 122 to 136", "paragraph 6 (b)", "paras. 8, 13 and 15", "para. 139.62", "question 6 (b)". */
const PARA_REF = /\b(paras?\.|paragraphs?|questions?)\s+(\d+(?:\.\d+)*(?:\s?\([a-z]{1,2}\))?(?:(?:\s*(?:,|–|—|-|to|and|,\s*and)\s*)(?:\d+(?:\.\d+)*)?(?:\s?\([a-z]{1,2}\))?)*)/gi;

/**
 * A document named in words just before a reference, up to its comma: "(Additional questions, para. 45)", "Source:
 * Information to the list of additional questions, para. 39", "[^2]: Joint NGO submission, para. 12". The stretch runs
 * from an opening bracket, a cell's bar, a colon, a semicolon or a sentence's start, holds no figure and names a kind of
 * document.
 */
const NAMED_DOCUMENT_BEFORE = /(?:^|[([|;:]|[.!?]\s)\s*(?:see\s+(?:also\s+)?|cf\.\s+)?[\p{L}][\p{L}'’\- ]{0,120}?\b(?:questions|report|reports|information|observations|issues|submission|reply|replies|answers|record|records|letter|communication|decision|views|comments|document|note|response|responses|statement|appeal|paper|study|review|resolution|recommendations)\b[\p{L}'’\- ]{0,60},\s*(?:at\s+)?$/iu;

/** A law named right after a bare paragraph reference: "… of the Criminal Code", "of the Law on …", "of article 146". */
const LAW_AFTER = /^\s*(?:of|in)\s+(?:the\s+)?(?:(?:Criminal|Civil|Administrative|Penal|Criminal-Executive|Penitentiary|Constitutional|Labour|Social|Procedure|Procedural)\s+){0,3}(?:Code|Law|Constitution|Convention|Covenant|Act|Decree|Order|Regulations?|Rules)\b|^\s*(?:of|in)\s+(?:article|art\.)\s*\d/i;
/** A law's article right before it: "Article 146 Part 2 Paragraphs 1, 2". */
const ARTICLE_BEFORE = /\b(?:article|art\.)\s+\d+[^.;:()]{0,24}$/i;

/** Finds UN symbols, communications and paragraph references, then binds paragraphs to the document they belong to. */
export function findCitations(text: string, phrases: string[] = []): Citation[] {
  const symbols: Citation[] = [];
  // A symbol and a communication's number both hold a slash: most texts have none, and both patterns open on a
  // lookbehind, tried at every character of a text they are run on (a fifth of reading the citations of a source).
  const slash = text.includes('/');
  for (const m of slash ? text.matchAll(SYMBOL) : []) {
    let raw = m[0];
    // A sentence-final period is not part of the symbol.
    raw = raw.replace(/(?<![.-])[.-]+$/, '');
    // Anchored after a non-space, so a run of spaces is not retried from each of its characters.
    const corr = /(?<!\s)\s+and\s+(Corr\.\s?\d+)$/.exec(raw);
    const symbol = corr ? raw.slice(0, corr.index) : raw;
    if (!symbol.includes('/') || /^(?:A|E|S)\/\d*$/.test(symbol)) continue;
    symbols.push({ start: m.index!, end: m.index! + raw.length, symbol: symbol.replace(/\s+/g, ''), symbolStart: m.index!, symbolEnd: m.index! + symbol.length, paragraphs: [] });
  }
  for (const m of slash ? text.matchAll(COMMUNICATION) : []) {
    symbols.push({ start: m.index!, end: m.index! + m[0].length, communication: m[0].replace(/\s+/g, ' '), paragraphs: [] });
  }
  const phraseCitations = phrases.length ? findPhrases(text, phrases) : [];

  const refs: { start: number; end: number; keyword: string; paragraphs: ParagraphRef[] }[] = [];
  for (const m of text.matchAll(PARA_REF)) {
    const listStart = m.index! + m[0].length - m[2]!.length;
    const paragraphs = parseParagraphList(m[2]!, listStart);
    if (paragraphs.length) refs.push({ start: m.index!, end: paragraphs[paragraphs.length - 1]!.end, keyword: m[1]!.toLowerCase(), paragraphs });
  }

  // Bind each paragraph reference to a document: "CAT/C/KAZ/CO/4, para. 10", "para. 10 of CAT/C/KAZ/CO/4",
  // "paragraph 24 of the concluding observations", "(CAT/C/KAZ/CO/4, paras. 11–15)".
  const docs = [...symbols, ...phraseCitations].sort((a, b) => a.start - b.start);
  const out: Citation[] = [...docs];
  // Documents before `next` start before the current reference ends (references come in order; binding a reference
  // only moves a document's start back), so neither search rescans the whole text for every reference.
  let next = 0;
  for (const r of refs) {
    while (next < docs.length && docs[next]!.start < r.end) next++;
    const after = documentAfter(text, docs, next, r.end);
    const before = after ? undefined : documentBefore(text, docs, next, r.start);
    const target = after ?? before;
    const viaQuestion = r.keyword.startsWith('question');
    if (target) {
      target.paragraphs.push(...r.paragraphs);
      target.start = Math.min(target.start, r.start);
      target.end = Math.max(target.end, r.end);
      if (viaQuestion) target.viaQuestion = true;
    } else {
      // "under Article 146 Part 2 Paragraphs 1, 2, 3 of the Criminal Code": the paragraphs of a law's article, not of a
      // document of the treaty bodies, cited before or not.
      if (LAW_AFTER.test(text.slice(r.end, r.end + 80)) || ARTICLE_BEFORE.test(text.slice(Math.max(0, r.start - 40), r.start))) continue;
      const named = NAMED_DOCUMENT_BEFORE.test(text.slice(Math.max(0, r.start - 200), r.start));
      out.push({ start: r.start, end: r.end, paragraphs: r.paragraphs, viaQuestion, ...(named ? { named } : {}) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Where phrases standing for documents occur as whole words, longest phrase first, none overlapping another.
 * Each phrase has an anchor, a word it holds (a number such as "497/2012" if it has one, else its longest word):
 * a phrase is only searched for in a text that holds its anchor, so a block is not searched once per phrase.
 */
function findPhrases(text: string, phrases: string[]): Citation[] {
  const lower = text.toLowerCase();
  const plan = anchorsOf(phrases);
  const present = plan.anchors.map((a) => lower.includes(a));
  const out: Citation[] = [];
  for (let k = 0; k < phrases.length; k++) {
    if (!present[plan.anchorOf[k]!]) continue;
    const p = phrases[k]!;
    let from = 0;
    for (;;) {
      const at = lower.indexOf(p, from);
      if (at < 0) break;
      from = at + p.length;
      if (isLetter(lower, at - 1) || isLetter(lower, at + p.length)) continue;
      if (out.some((c) => at < c.end && at + p.length > c.start)) continue;
      out.push({ start: at, end: at + p.length, phrase: p, paragraphs: [] });
    }
  }
  return out;
}

/** An ASCII lower-case letter (what bounds a phrase); false outside the string. */
const isLetter = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 97 && c <= 122;
};

interface AnchorPlan {
  /** The distinct anchors. */
  anchors: string[];
  /** For each phrase, the index of its anchor. */
  anchorOf: number[];
}

const anchorPlans = new WeakMap<string[], AnchorPlan>();

/** The phrases' anchors (see findPhrases), once per list of phrases. */
function anchorsOf(phrases: string[]): AnchorPlan {
  let plan = anchorPlans.get(phrases);
  if (!plan) {
    const index = new Map<string, number>();
    const anchorOf = phrases.map((p) => {
      const words = p.split(/\s+/).filter((w) => w.length > 0);
      const withDigits = words.filter((w) => /\d/.test(w));
      const anchor = (withDigits.length ? withDigits : words).reduce((x, y) => (y.length > x.length ? y : x), '') || p;
      let i = index.get(anchor);
      if (i === undefined) index.set(anchor, (i = index.size));
      return i;
    });
    plan = { anchors: [...index.keys()], anchorOf };
    anchorPlans.set(phrases, plan);
  }
  return plan;
}

const AFTER_START = /\s*(?:of|in)\s/iy;
const AFTER_GAP = /^\s*(?:of|in)\s+(?:the\s+|its\s+|their\s+)?$/i;
const AFTER_OWNER = /(?:State party's|Committee's)\s+$/i;
/** What may stand between a document and its reference ("CAT/C/KAZ/CO/4, para. 10", "…, at para. 10"): linear, unlike `\s*,?\s*`. */
const BEFORE_GAP = /^\s*(?:,\s*)?(?:at\s+)?$/;
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/**
 * The first document after a reference that the reference names with "of"/"in" ("para. 10 of the State party's
 * CAT/C/KAZ/4"). The gap holds at most "of their State party's": once it holds more than that, no later document
 * can be meant, so the search stops instead of testing ever longer gaps.
 */
function documentAfter(text: string, docs: Citation[], from: number, refEnd: number): Citation | undefined {
  AFTER_START.lastIndex = refEnd;
  if (!AFTER_START.test(text)) return undefined;
  let solid = 0;
  let scanned = refEnd;
  for (let k = from; k < docs.length; k++) {
    const d = docs[k]!;
    if (d.start < refEnd) continue;
    for (; scanned < d.start; scanned++) if (!isSpace(text[scanned])) solid++;
    if (solid > 19) return undefined;
    if (AFTER_GAP.test(text.slice(refEnd, d.start).replace(AFTER_OWNER, ''))) return d;
  }
  return undefined;
}

/** The last document (in document order) that ends right before a reference, up to a comma and "at". */
function documentBefore(text: string, docs: Citation[], from: number, refStart: number): Citation | undefined {
  // The gap has at most three characters that are not blanks (", at"): a document ending before `lowest` cannot be meant.
  let lowest = refStart;
  for (let solid = 0; lowest > 0; lowest--) {
    if (isSpace(text[lowest - 1])) continue;
    if (solid === 3) break;
    solid++;
  }
  for (let k = Math.min(from, docs.length) - 1; k >= 0; k--) {
    const d = docs[k]!;
    if (d.end > refStart || d.end < lowest) continue;
    if (BEFORE_GAP.test(text.slice(d.end, refStart))) return d;
  }
  return undefined;
}

function parseParagraphList(list: string, offset: number): ParagraphRef[] {
  const out: ParagraphRef[] = [];
  const item = /(\d+(?:\.\d+)*)?(?:\s?\(([a-z]{1,2})\))?/y;
  let i = 0;
  let lastId: string | undefined;
  let pendingRange: ParagraphRef | undefined;
  while (i < list.length) {
    item.lastIndex = i;
    const m = item.exec(list);
    if (!m || m[0].length === 0) {
      const sep = /\s*(,\s*and|,|–|—|-|to|and)\s*/y;
      sep.lastIndex = i;
      const s = sep.exec(list);
      if (!s) break;
      if (/^(–|—|-|to)$/.test(s[1]!)) pendingRange = out[out.length - 1];
      i = sep.lastIndex;
      continue;
    }
    const id = m[1] ?? lastId;
    if (!id) break;
    const ref: ParagraphRef = { id, sub: m[2], start: offset + i, end: offset + i + m[0].length };
    if (pendingRange && m[1] && !m[2] && !pendingRange.sub && /^\d+$/.test(id) && /^\d+$/.test(pendingRange.id)) {
      const from = Number(pendingRange.id);
      const to = Number(id);
      if (to > from && to - from < 500) for (let n = from + 1; n < to; n++) out.push({ id: String(n), start: pendingRange.start, end: ref.end });
    } else if (pendingRange && !m[1] && m[2] && pendingRange.sub) {
      // "17 (a)–(c)": fill the letters between.
      for (let c = pendingRange.sub.charCodeAt(0) + 1; c < m[2].charCodeAt(0); c++) out.push({ id, sub: String.fromCharCode(c), start: pendingRange.start, end: ref.end });
    }
    pendingRange = undefined;
    out.push(ref);
    lastId = id;
    i = item.lastIndex;
  }
  return out;
}
