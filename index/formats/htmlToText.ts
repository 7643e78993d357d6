import { childrenOf, isElement, type HtmlNode } from './htmlTree.js';

/** Elements that start a new paragraph. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead',
  'tr', 'ul',
]);

/** Work left on the explicit stack: a node to open, or a separator to write once an element's children are done. */
type Step = { node: HtmlNode; inPre: boolean } | { close: string };

/**
 * The visible text of a node: entities decoded, white space collapsed as a browser would,
 * block elements as paragraphs separated by a blank line, `<br>` as a line break. Table cells are
 * separated by a space, or put on lines of their own with `cellsOnLines` (for reading label/value tables).
 * Walks with an explicit stack, so nesting depth is bounded by memory, not the call stack.
 */
export function htmlToText(root: HtmlNode, options: { cellsOnLines?: boolean } = {}): string {
  const pieces: string[] = [];
  const cellBreak = options.cellsOnLines ? '\n' : ' ';
  const stack: Step[] = [{ node: root, inPre: false }];
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    if ('close' in step) {
      pieces.push(step.close);
      continue;
    }
    const { node, inPre } = step;
    if (node.nodeName === '#text' && 'value' in node) {
      pieces.push(inPre ? node.value : node.value.replace(/[ \t\r\n\f]+/g, ' '));
      continue;
    }
    const tag = isElement(node) ? node.tagName : '';
    if (tag === 'br') {
      pieces.push('\n');
      continue;
    }
    if (!isElement(node) && !('childNodes' in node)) continue; // comments, doctypes
    const separator = BLOCKS.has(tag) ? '\n\n' : tag === 'td' || tag === 'th' ? cellBreak : '';
    pieces.push(separator);
    stack.push({ close: separator });
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as HtmlNode, inPre: inPre || tag === 'pre' });
  }
  return pieces
    .join('')
    .replace(/\u00A0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
