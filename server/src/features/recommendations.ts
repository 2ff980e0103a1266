import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import type { FactBase } from '../facts/factBase';
import { recommendationLibrary, recommendationMarkdown, recommendationsOfTheme, type Recommendation, type RecommendationTheme } from '../sources/recommendations';
import type { RecommendationLibraryAnswer } from '../lsp/protocol';

/**
 * `treaty-rec` at the cursor, then a theme word after a hyphen: `treaty-rec-npm`, `treaty-rec-non-refoulement`.
 * One word, like the snippets' prefixes (`treaty-cite`), so that editors complete it as they complete words.
 */
export const TREATY_REC = /(?<![\w-])treaty-rec(?:-([a-z-]*))?$/i;

/** The start of the words of an entry shown beside its citation. */
const SHORT = 90;

/**
 * Completions of standard recommendation text: the entries of every theme whose word starts with what is typed after
 * `treaty-rec-` (all of them after `treaty-rec`). Accepting one replaces what was typed by the quotation and its
 * citation, as a blockquote starting on a line of its own.
 */
export function recommendationItems(facts: FactBase, typed: string, lineBefore: string, range: Range): CompletionItem[] {
  const library = recommendationLibrary(facts);
  const own = lineBefore.trim() ? '\n\n' : '';
  return recommendationsOfTheme(library, typed).map(({ theme, entry }, i) => ({
    label: entry.citation,
    labelDetails: { detail: ` ${theme.word}`, description: short(entry.text) },
    kind: CompletionItemKind.Text,
    detail: `${themeLabels(library.themes, entry)} — ${entry.documentTitle}`,
    documentation: { kind: MarkupKind.Markdown, value: recommendationDocumentation(entry) },
    // What is typed stays a prefix of every item, so the client keeps them all; the server narrows by theme.
    filterText: `treaty-rec-${theme.word}`,
    sortText: String(i).padStart(5, '0'),
    textEdit: { range, newText: `${own}${recommendationMarkdown(entry)}\n` },
    insertTextFormat: InsertTextFormat.PlainText,
  }));
}

/** The whole library as the client's command shows it (custom request treaty/recommendations). */
export function recommendationLibraryAnswer(facts: FactBase): RecommendationLibraryAnswer {
  const library = recommendationLibrary(facts);
  return {
    themes: library.themes,
    entries: library.entries.map((e) => ({
      id: e.id,
      citation: e.citation,
      themes: e.themes,
      text: e.text,
      documentTitle: e.documentTitle,
      foundIn: e.foundIn.name,
      markdown: recommendationMarkdown(e),
      documentation: recommendationDocumentation(e),
    })),
  };
}

/** The full text and where it was read. */
export function recommendationDocumentation(e: Recommendation): string {
  const quote = e.text.split('\n\n').map((b) => `> ${b}`).join('\n>\n');
  const where = e.kind === 'paragraph' ? `From ${e.foundIn.name}.` : `Quoted in ${e.foundIn.name}${e.confirmed === false ? ` (not found in the text of ${e.citation})` : e.confirmed ? ', as the text of the document has it' : ''}.`;
  const also = e.alsoQuotedIn.length ? ` Also quoted in ${e.alsoQuotedIn.map((f) => f.name).join('; ')}.` : '';
  const unnumbered = e.paragraphs.length ? '' : '\n\n_The quoting source names no paragraph: add it to the citation if you know it._';
  return `**${e.citation}** — ${e.documentTitle}${e.date ? ` (${e.date})` : ''}\n\n${quote}\n\n${where}${also}${unnumbered}`;
}

function themeLabels(themes: RecommendationTheme[], e: Recommendation): string {
  return e.themes.map((w) => themes.find((t) => t.word === w)?.label ?? w).join(', ');
}

function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= SHORT ? flat : `${flat.slice(0, SHORT - 1).replace(/\s+\S*$/, '')} …`;
}
