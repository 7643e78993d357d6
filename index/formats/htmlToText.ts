import { HTMLElement, NodeType, type Node } from 'node-html-parser';

/** Elements that start a new paragraph. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead',
  'tr', 'ul',
]);

/**
 * The visible text of an element: entities decoded, white space collapsed as a browser would,
 * block elements as paragraphs separated by a blank line, `<br>` as a line break. Table cells are
 * separated by a space, or put on lines of their own with `cellsOnLines` (for reading label/value tables).
 */
export function htmlToText(element: HTMLElement, options: { cellsOnLines?: boolean } = {}): string {
  const pieces: string[] = [];
  const cellBreak = options.cellsOnLines ? '\n' : ' ';
  const walk = (node: Node, inPre: boolean): void => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      pieces.push(inPre ? node.text : node.text.replace(/[ \t\r\n\f]+/g, ' '));
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    const tag = node.tagName?.toLowerCase() ?? '';
    if (tag === 'br') {
      pieces.push('\n');
      return;
    }
    const separator = BLOCKS.has(tag) ? '\n\n' : tag === 'td' || tag === 'th' ? cellBreak : '';
    pieces.push(separator);
    for (const child of node.childNodes) walk(child, inPre || tag === 'pre');
    pieces.push(separator);
  };
  walk(element, false);
  return pieces
    .join('')
    .replace(/\u00A0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
