/**
 * Documents for the importer's tests, made here from the bundled sources' text: a Word file (the `docx` package), a
 * PDF (pdf-lib) and an HTML page. Nothing binary is checked in; each test can compare what the importer reads with
 * the Markdown the document was made from.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AlignmentType, Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { parseSourceDocument } from '../../server/src/facts/sourceDocument';
import type { SourceDocument } from '../../server/src/facts/types';

const SOURCES = path.join(__dirname, '..', '..', 'server', 'data', 'sources');

export function bundledSource(id: string): SourceDocument {
  const file = path.join(SOURCES, `${id}.md`);
  return parseSourceDocument(file, fs.readFileSync(file, 'utf8')).document!;
}

/** A source's paragraphs in order, each with the heading it stands under. */
function inOrder(doc: SourceDocument) {
  return doc.order.map((a) => doc.paragraphs.get(a)!);
}

/** Text with `[^n]` markers and `*italics*` as Word runs (note marks other than numbers, such as `*`, dropped). */
function runs(text: string): (TextRun | FootnoteReferenceRun)[] {
  return text.split(/(\[\^[^\]\s]+\]|\*[^*]+\*)/).filter(Boolean).flatMap((p) => {
    const m = /^\[\^(\d+)\]$/.exec(p);
    if (m) return [new FootnoteReferenceRun(Number(m[1]))];
    if (p.startsWith('[^')) return [];
    if (/^\*[^*]+\*$/.test(p)) return [new TextRun({ text: p.slice(1, -1), italics: true })];
    return [new TextRun(p)];
  });
}

export const TABLE_ROWS = [
  ['Paragraph', 'Subject', 'Subparagraphs'],
  ['6', 'Fundamental legal safeguards', '(a)–(e)'],
  ['14', 'Redress and rehabilitation', '(a)–(e)'],
];

/**
 * The list of issues CAT/C/KAZ/Q/4 as a Word file: its masthead (symbol, distribution, date, committee), the title as
 * Heading 1, the section headings as Heading 2, the 30 paragraphs and the lettered subparagraphs of paragraphs 6 and
 * 14 with their printed numbers, every numbered footnote as a Word footnote, and a table under a last heading.
 */
export async function listOfIssuesDocx(options: { masthead?: boolean } = {}): Promise<Buffer> {
  const doc = bundledSource('cat-c-kaz-q-4');
  const children: (Paragraph | Table)[] = [];
  if (options.masthead !== false) {
    children.push(
      new Paragraph({ children: [new TextRun('CAT/C/KAZ/Q/4')], alignment: AlignmentType.RIGHT }),
      new Paragraph('Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment'),
      new Paragraph('Distr.: General'),
      new Paragraph('16 December 2022'),
      new Paragraph('Original: English'),
      new Paragraph('English, French, Russian and Spanish only'),
      new Paragraph('Committee against Torture'),
    );
  }
  children.push(new Paragraph({ children: runs('List of issues in relation to the fourth periodic report of Kazakhstan'), heading: HeadingLevel.HEADING_1 }));
  let heading = '';
  for (const p of inOrder(doc)) {
    if (p.heading !== heading && !p.heading.startsWith('List of issues')) {
      heading = p.heading;
      children.push(new Paragraph({ children: runs(heading), heading: HeadingLevel.HEADING_2 }));
    }
    children.push(new Paragraph({ children: runs(p.text) }));
  }
  children.push(new Paragraph({ children: [new TextRun('Paragraphs with lettered subparagraphs')], heading: HeadingLevel.HEADING_2 }));
  children.push(new Table({ rows: TABLE_ROWS.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })) }));
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  for (const [id, text] of doc.footnotes) if (/^\d+$/.test(id)) footnotes[Number(id)] = { children: [new Paragraph({ children: runs(text) })] };
  return Packer.toBuffer(new Document({ footnotes, sections: [{ children }] }));
}

const PAGE = { width: 595, height: 842, left: 72, right: 523, top: 770, bottom: 100 };

/**
 * The first paragraphs of the State's follow-up reply (kz-follow-up-co4, paras. 1–`last`) as a PDF: the title in 14 pt,
 * section headings in 12 pt bold, body text in 10 pt with wrapped lines, a footnote reference raised in 6 pt on
 * paragraph 1 with its note in 8 pt at the foot of page 1, page numbers and, from page 2, a running head. With
 * `uniform`, the mark is set in body type glued to the text and the note is a numbered line at the end of the document.
 */
export async function followUpPdf(last = 24, options: { uniform?: boolean } = {}): Promise<{ bytes: Uint8Array; paragraphs: { address: string; text: string }[]; note: string }> {
  const doc = bundledSource('kz-follow-up-co4');
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.TimesRoman);
  const bold = await pdf.embedFont(StandardFonts.TimesRomanBold);
  const note = 'CAT/C/KAZ/CO/4, para. 10.';
  const paragraphs = inOrder(doc).filter((p) => Number(p.address) <= last);
  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.top;
  let pageNo = 1;
  const newPage = () => {
    page.drawText(String(pageNo), { x: PAGE.width / 2, y: 40, size: 9, font: regular });
    page = pdf.addPage([PAGE.width, PAGE.height]);
    pageNo++;
    page.drawText('Kazakhstan: follow-up information', { x: PAGE.left, y: 805, size: 9, font: regular });
    y = PAGE.top;
  };
  /** Lays out words, a word ending in `^1` getting a raised note mark. */
  const write = (text: string, font: PDFFont, size: number, lead: number) => {
    const words = text.split(/\s+/).filter(Boolean);
    let line: string[] = [];
    const flush = () => {
      if (y < PAGE.bottom) newPage();
      let x = PAGE.left;
      line.forEach((w, i) => {
        const mark = /\^(\d+)$/.exec(w);
        const word = mark ? w.slice(0, mark.index) : w;
        const shown = i < line.length - 1 ? `${word} ` : word;
        page.drawText(word, { x, y, size, font });
        x += font.widthOfTextAtSize(word, size);
        if (mark && options.uniform) {
          page.drawText(mark[1]!, { x, y, size, font });
          x += font.widthOfTextAtSize(mark[1]!, size);
        } else if (mark) {
          page.drawText(mark[1]!, { x, y: y + size * 0.35, size: size * 0.6, font });
          x += font.widthOfTextAtSize(mark[1]!, size * 0.6);
        }
        x += font.widthOfTextAtSize(shown.slice(word.length), size);
      });
      y -= lead;
      line = [];
    };
    for (const w of words) {
      const trial = [...line, w].join(' ').replace(/\^\d+/g, '');
      if (line.length && font.widthOfTextAtSize(trial, size) > PAGE.right - PAGE.left) flush();
      line.push(w);
    }
    if (line.length) flush();
  };
  write(doc.meta.title, regular, 14, 17);
  y -= 10;
  let heading = '';
  for (const p of paragraphs) {
    if (p.heading !== heading) {
      heading = p.heading;
      y -= 6;
      write(heading, bold, 12, 15);
      y -= 4;
    }
    const text = p.address === '1' ? `${p.text}^1` : p.text;
    write(text, regular, 10, 12);
    y -= 6;
    if (p.address === '1' && !options.uniform) page.drawText(`1 ${note}`, { x: PAGE.left, y: 60, size: 8, font: regular });
  }
  // Without size differences the note goes at the end of the document, in body type.
  if (options.uniform) write(`1 ${note}`, regular, 10, 12);
  page.drawText(String(pageNo), { x: PAGE.width / 2, y: 40, size: 9, font: regular });
  return { bytes: await pdf.save(), paragraphs: paragraphs.map((p) => ({ address: p.address, text: p.text })), note };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The State's additional answers (kz-additional-answers, 46 numbered paragraphs) as an HTML page: the title in <h1>,
 * paragraphs in <p>, two notes of its own (<sup><a href="#fn1">1</a></sup>, with a footnotes list and backlinks) and a
 * table of registered torture cases from paragraph 1.
 */
export function additionalAnswersHtml(): { html: string; doc: SourceDocument } {
  const doc = bundledSource('kz-additional-answers');
  const body = inOrder(doc).map((p, i) => {
    const ref = i === 0 ? '<sup><a href="#fn1" id="fnref1">1</a></sup>' : i === 1 ? '<sup><a href="#fn2" id="fnref2">2</a></sup>' : '';
    return `<p>${esc(p.text)}${ref}</p>`;
  });
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(doc.meta.title)}</title></head>
<body>
<h1>${esc(doc.meta.title)}</h1>
${body.slice(0, 1).join('\n')}
<table>
  <thead><tr><th>Year</th><th>Registered</th><th>Sent to court</th></tr></thead>
  <tbody><tr><td>2021</td><td>685</td><td>7</td></tr><tr><td>2022</td><td>920</td><td>10</td></tr></tbody>
</table>
${body.slice(1).join('\n')}
<section class="footnotes"><hr><ol>
<li id="fn1"><p>Unified Register of Pre-Trial Investigations. <a href="#fnref1">↩</a></p></li>
<li id="fn2"><p>Figures of the Procurator General's Office. <a href="#fnref2">↩</a></p></li>
</ol></section>
</body></html>
`;
  return { html, doc };
}
