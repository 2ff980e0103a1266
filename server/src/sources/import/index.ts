import { docxToDocument } from './docx';
import { htmlToDocument } from './html';
import { readMasthead } from './masthead';
import { pdfToDocument } from './pdf';
import { toSourceMarkdown, type SourceMarkdown } from './toSourceMarkdown';
import { ImportError, type AuthorKind, type ExtractedDocument, type ImportOptions } from './types';

export { ImportError, type ImportOptions, type SourceMarkdown };

export type ImportFormat = 'docx' | 'pdf' | 'html';

/** The format by file name, else by content (ZIP → DOCX, %PDF → PDF, a tag → HTML). */
export function formatOf(file: string, bytes: Uint8Array): ImportFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'docx') return 'docx';
  if (ext === 'pdf') return 'pdf';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1');
  if (head.startsWith('PK')) return 'docx';
  if (/^\s*%PDF-/.test(head)) return 'pdf';
  if (/^\s*(<!doctype html|<html|<\?xml)/i.test(head)) return 'html';
  return undefined;
}

/** What a document's masthead gives, for a caller that asks for the rest (the VS Code command's prompts). */
export interface MastheadFields {
  symbol?: string;
  date?: string;
  title?: string;
  author?: string;
  authorKind?: AuthorKind;
}

/** A document read and ready to be written as a source, once the fields its masthead lacks are known. */
export interface PreparedImport {
  format: ImportFormat;
  /** What the masthead says (each field absent when it does not say). */
  masthead: MastheadFields;
  /** The source Markdown with `options` over the masthead; throws an ImportError naming what is still missing. */
  toSource(options: ImportOptions): SourceMarkdown;
}

/** Reads a DOCX, PDF or HTML file once: its masthead can be shown, and the source written with what the user adds. */
export async function prepareImport(file: string, bytes: Uint8Array): Promise<PreparedImport> {
  const format = formatOf(file, bytes);
  if (!format) throw new ImportError('not a DOCX, PDF or HTML file (by its name or its first bytes)');
  let doc: ExtractedDocument;
  if (format === 'docx') doc = await docxToDocument(bytes);
  else if (format === 'pdf') doc = await pdfToDocument(bytes);
  else {
    const html = new TextDecoder('utf-8').decode(bytes);
    if (!/<[a-z!]/i.test(html)) throw new ImportError('not an HTML page: no tags found');
    doc = htmlToDocument(html);
  }
  if (!doc.blocks.length) throw new ImportError('no text found in the file');
  const masthead = readMasthead(doc.blocks);
  const { symbol, date, title, author, authorKind } = masthead;
  return { format, masthead: { symbol, date, title, author, authorKind }, toSource: (options) => toSourceMarkdown(file, doc, masthead, options) };
}

/** Reads a DOCX, PDF or HTML file and writes it as a source Markdown (front matter + anchored paragraphs). */
export async function importDocument(file: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<SourceMarkdown> {
  return (await prepareImport(file, bytes)).toSource(options);
}
