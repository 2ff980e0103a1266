import mammoth from 'mammoth';
import { htmlToDocument } from './html';
import { ImportError, type ExtractedDocument } from './types';

/**
 * The paragraph styles of UN documents (the "G" styles of the Geneva template) and Word's own, as headings; anything
 * else keeps mammoth's defaults (Heading 1–6, lists, tables, footnotes).
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='HChG'] => h1:fresh",
  "p[style-name='H1G'] => h2:fresh",
  "p[style-name='H23G'] => h3:fresh",
  "p[style-name='H4G'] => h4:fresh",
  "p[style-name='H56G'] => h5:fresh",
];

/** A Word file (DOCX): mammoth writes it as HTML, which is then read as any HTML page. */
export async function docxToDocument(bytes: Uint8Array): Promise<ExtractedDocument> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new ImportError('not a Word document (DOCX): the file is not a ZIP package');
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP, externalFileAccess: false });
  } catch (e) {
    throw new ImportError(`not a readable Word document (DOCX): ${(e as Error).message.split('\n')[0]}`);
  }
  const doc = htmlToDocument(result.value);
  for (const m of result.messages) if (m.type === 'error') doc.warnings.push(`Word reader: ${m.message}`);
  return doc;
}
