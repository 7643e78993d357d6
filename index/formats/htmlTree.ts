import type { DefaultTreeAdapterMap } from 'parse5';

/** A parse5 element (tag names are lower case, attributes a list). */
export type HtmlElement = DefaultTreeAdapterMap['element'];
/** Any parse5 node: document, element, text, comment, doctype. */
export type HtmlNode = DefaultTreeAdapterMap['node'];
/** A node that has children. */
export type HtmlParent = DefaultTreeAdapterMap['parentNode'];

// Every walk here uses an explicit stack: a hostile page nests tens of thousands of elements,
// which would overflow the call stack of a recursive walk.

/** True for elements (not text, comments, documents or doctypes). */
export function isElement(node: HtmlNode): node is HtmlElement {
  return 'tagName' in node;
}

/** The child nodes of `node`, or none for text, comments and doctypes. */
export function childrenOf(node: HtmlNode): readonly HtmlNode[] {
  return 'childNodes' in node ? node.childNodes : [];
}

/** The value of attribute `name` (lower case), or undefined. */
export function attribute(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** Every element below `root` (not `root` itself), in document order. */
export function* descendants(root: HtmlNode): Generator<HtmlElement> {
  const stack: HtmlNode[] = [...childrenOf(root)].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isElement(node)) continue;
    yield node;
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as HtmlNode);
  }
}

/** Every node below `root` with, for each, whether an ancestor (below `root`) satisfies `inside`; document order. */
export function* nodesWithin(root: HtmlNode, inside: (element: HtmlElement) => boolean): Generator<{ node: HtmlNode; inside: boolean }> {
  const stack: Array<{ node: HtmlNode; inside: boolean }> = [...childrenOf(root)].reverse().map((node) => ({ node, inside: false }));
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    yield entry;
    const within = entry.inside || (isElement(entry.node) && inside(entry.node));
    const children = childrenOf(entry.node);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as HtmlNode, inside: within });
  }
}

/** The concatenated text of the text nodes below `root`, as written (entities decoded by the parser). */
export function textContent(root: HtmlNode): string {
  const parts: string[] = [];
  for (const { node } of nodesWithin(root, () => false)) if (node.nodeName === '#text' && 'value' in node) parts.push(node.value);
  return parts.join('');
}

/** Takes `nodes` out of their parents, each parent's child list filtered once (linear however many there are). */
export function removeNodes(nodes: Iterable<HtmlNode>): void {
  const doomed = new Set(nodes);
  const parents = new Set<HtmlParent>();
  for (const node of doomed) {
    const parent = 'parentNode' in node ? node.parentNode : null;
    if (parent) parents.add(parent);
  }
  for (const parent of parents) parent.childNodes = parent.childNodes.filter((child) => !doomed.has(child)) as never;
  for (const node of doomed) if ('parentNode' in node) (node as { parentNode: HtmlParent | null }).parentNode = null;
}

/**
 * Whether `element` matches a simple selector: `tag`, `#id`, `.class`, or `tag[attr]` — the only
 * forms the page readers use (no combinators).
 */
export function matches(element: HtmlElement, selector: string): boolean {
  if (selector.startsWith('#')) return attribute(element, 'id') === selector.slice(1);
  if (selector.startsWith('.')) return (attribute(element, 'class') ?? '').split(/\s+/).includes(selector.slice(1));
  const withAttribute = /^([a-z0-9]+)\[([\w-]+)\]$/i.exec(selector);
  if (withAttribute) return element.tagName === withAttribute[1]?.toLowerCase() && attribute(element, withAttribute[2]!.toLowerCase()) !== undefined;
  return element.tagName === selector.toLowerCase();
}

/** The elements below `root` matching any of the comma-separated simple `selectors`, in document order. */
export function selectAll(root: HtmlNode, selectors: string): HtmlElement[] {
  const list = selectors.split(',').map((s) => s.trim()).filter(Boolean);
  return [...descendants(root)].filter((element) => list.some((selector) => matches(element, selector)));
}

/** The first element below `root` matching `selector`, or undefined. */
export function selectOne(root: HtmlNode, selector: string): HtmlElement | undefined {
  for (const element of descendants(root)) if (matches(element, selector)) return element;
  return undefined;
}
