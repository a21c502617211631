import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** Minimal shape of the linkedom DOM nodes we walk (the project compiles without the DOM lib). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export interface ExtractedArticle {
  title?: string;
  /** Main text, one paragraph per line. */
  text: string;
}

/** Elements whose text is never article text. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'HEAD', 'SELECT', 'BUTTON']);
/** Elements that start a new line: a paragraph of the analysed text. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

/**
 * Text of a DOM subtree with one block element per line: the analysers treat
 * lines as paragraphs, so block structure must survive extraction.
 */
export function blockText(root: DomNode): string {
  const parts: string[] = [];
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    if (tag === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) parts.push('\n');
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

function cleanTitle(title: string | null | undefined): string | undefined {
  const t = (title ?? '').replace(/\s+/g, ' ').trim();
  return t === '' ? undefined : t;
}

/**
 * Main text and title of an HTML page, with Mozilla Readability over linkedom.
 * When the page does not look like an article (or Readability finds nothing),
 * falls back to the text of the whole body so that nothing is silently lost.
 * Scripts never run: linkedom builds a DOM without executing anything.
 */
export function extractArticle(source: string, url?: string): { title?: string; text: string } {
  // linkedom builds a broken tree for a bare fragment (`<p>…</p>`): give it a document
  const html = /<(html|body)[\s>]/i.test(source) ? source : `<!doctype html><html><head></head><body>${source}</body></html>`;
  const { document } = parseHTML(html);
  const pageTitle = cleanTitle(document.title);
  if (url) {
    // Readability resolves relative links against the document URL; harmless when unset.
    try {
      Object.defineProperty(document, 'documentURI', { value: url, configurable: true });
    } catch {
      /* linkedom may not allow it; links are not part of the text anyway */
    }
  }
  // isProbablyReaderable must run before parse(): parse() mutates the document.
  if (isProbablyReaderable(document as never, { minContentLength: 80, minScore: 10 })) {
    const parsed = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode }).parse();
    const content = parsed?.content;
    if (content) {
      const text = blockText(content);
      if (text !== '') return withTitle(cleanTitle(parsed.title) ?? pageTitle, text);
    }
    // parse() emptied parts of the document: rebuild it for the fallback
    const again = parseHTML(html).document;
    return withTitle(pageTitle, blockText((again.body ?? again) as unknown as DomNode));
  }
  return withTitle(pageTitle, blockText((document.body ?? document) as unknown as DomNode));
}

function withTitle(title: string | undefined, text: string): { title?: string; text: string } {
  return title === undefined ? { text } : { title, text };
}

/** True when the bytes look like an HTML document (for files without an .html extension). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(head|body|meta|title)[\s>]/.test(head)
    || (head.startsWith('<') && /<(html|body|p|div|article)[\s>]/.test(head) && /<\/(p|div|body|html|article)>/.test(text.slice(0, 65536).toLowerCase()));
}
