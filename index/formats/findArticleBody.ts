import { attribute, childrenOf, descendants, isElement, matches, removeNodes, selectOne, type HtmlElement, type HtmlNode } from './htmlTree.js';

/** Where government sites (TRS, Hanweb, UCAP and similar CMSs) put an article's body, most specific first. */
const BODY_SELECTORS = [
  '#zoom', '.TRS_Editor', '.trs_editor', '#UCAP-CONTENT', '.Custom_UnionStyle', '.article-content',
  '.article_content', '.art_con', '.con_txt', '#content', '.article', '.content', 'article', 'main',
];

/** Class or id words of page furniture: navigation, headers, footers, share and scan widgets, attachments, related links. */
const LAYOUT_WORDS = new Set([
  'nav', 'navbar', 'menu', 'header', 'head', 'top', 'topbar', 'footer', 'foot', 'bottom', 'breadcrumb',
  'crumb', 'crumbs', 'position', 'location', 'share', 'fenxiang', 'qrcode', 'ewm', 'erweima', 'scan',
  'print', 'close', 'sidebar', 'side', 'aside', 'related', 'xgjd', 'xgwj', 'xglj', 'fujian', 'attach',
  'attachment', 'attachments', 'download', 'comment', 'comments', 'search', 'toolbar', 'tools',
  'copyright', 'banner', 'login', 'skip',
]);
const LAYOUT_TAGS = new Set(['nav', 'header', 'footer', 'aside']);

/** Blocks that begin with these words are widgets, not report text. */
const WIDGET_START = /^(附件下载|相关附件|相关解读|相关链接|相关文件|相关新闻|相关阅读|相关信息|扫一扫|分享到|【?打印|【?关闭|【字体|字号[:：]|上一篇|下一篇|责任编辑)/u;
const WIDGET_HEAD_CHARS = 6;

/** A body candidate must hold at least this share of the page's Han characters. */
const MIN_BODY_SHARE = 0.3;
/** The fallback search descends into a child that holds at least this share of its parent's Han characters. */
const DESCEND_SHARE = 0.75;
/** Links making up at least this share of a block's text make it a link list. */
const LINK_LIST_SHARE = 0.7;

/** What an element's text is made of, measured once per pass (reading `.text` per element is quadratic). */
interface TextStats {
  han: number;
  /** Non-space characters. */
  chars: number;
  /** Non-space characters inside `<a href>`. */
  linkChars: number;
  /** The first few non-space characters. */
  head: string;
}
type Measured = Map<HtmlNode, TextStats>;

/**
 * The element holding an article page's body text, stripped of navigation, headers, footers,
 * share/scan widgets, attachment and related-link blocks. Prefers the usual CMS containers
 * (#zoom, .TRS_Editor, .article, .content, article …); otherwise the element the page's
 * Chinese text concentrates in. Mutates the parsed tree.
 */
export function findArticleBody(root: HtmlNode): HtmlNode {
  const page = selectOne(root, 'body') ?? root;
  const stats = measure(page);
  const pageHan = stats.get(page)?.han ?? 0;
  const preferred = bySelector(page).find((element) => {
    const han = stats.get(element)?.han ?? 0;
    return han > 0 && han >= MIN_BODY_SHARE * pageHan;
  });
  const body = preferred ?? densest(page, measure(pruneLayout(page, stats)));
  return pruneWidgets(body, measure(pruneLayout(body, measure(body))));
}

/** The elements matching BODY_SELECTORS, by selector in their order, each in document order: one walk. */
function bySelector(page: HtmlNode): HtmlElement[] {
  const found: HtmlElement[][] = BODY_SELECTORS.map(() => []);
  for (const element of descendants(page)) BODY_SELECTORS.forEach((selector, i) => matches(element, selector) && found[i]!.push(element));
  return found.flat();
}

/** Removes elements that are page furniture by tag, class or id, or hidden. */
function pruneLayout(scope: HtmlNode, stats: Measured): HtmlNode {
  const limit = (stats.get(scope)?.han ?? 0) / 2; // never drop what holds most of the text, whatever its class says
  const doomed: HtmlElement[] = [];
  for (const element of descendants(scope)) {
    const words = `${attribute(element, 'class') ?? ''} ${attribute(element, 'id') ?? ''}`.toLowerCase().split(/[\s_-]+/);
    const hidden = /display\s*:\s*none/i.test(attribute(element, 'style') ?? '');
    const layout = LAYOUT_TAGS.has(element.tagName) || hidden || words.some((word) => LAYOUT_WORDS.has(word) || word.startsWith('bdshare'));
    if (layout && (stats.get(element)?.han ?? 0) <= limit) doomed.push(element);
  }
  removeNodes(doomed);
  return scope;
}

/** Removes widget blocks (share, print, attachments, related reading) and link lists. */
function pruneWidgets(scope: HtmlNode, stats: Measured): HtmlNode {
  const limit = (stats.get(scope)?.han ?? 0) / 2;
  const doomed: HtmlElement[] = [];
  for (const element of descendants(scope)) {
    const own = stats.get(element);
    if (!own || own.chars === 0 || own.han > limit) continue;
    if (WIDGET_START.test(own.head) || own.linkChars >= LINK_LIST_SHARE * own.chars) doomed.push(element);
  }
  removeNodes(doomed);
  return scope;
}

/** Descends from `scope` while one child holds most of the Han text. */
function densest(scope: HtmlNode, stats: Measured): HtmlNode {
  const han = (node: HtmlNode): number => stats.get(node)?.han ?? 0;
  let current = scope;
  for (;;) {
    const richest = childrenOf(current).filter(isElement).reduce<HtmlElement | undefined>((best, child) => (best && han(best) >= han(child) ? best : child), undefined);
    if (!richest || han(current) === 0 || han(richest) < DESCEND_SHARE * han(current)) return current;
    current = richest;
  }
}

/** Text statistics of `root` and every element below it, in one post-order walk with an explicit stack. */
function measure(root: HtmlNode): Measured {
  const stats: Measured = new Map();
  const stack: Array<{ node: HtmlNode; inLink: boolean; done: boolean }> = [{ node: root, inLink: false, done: false }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const { node, inLink } = entry;
    if (!entry.done) {
      stack.push({ ...entry, done: true });
      for (const child of childrenOf(node)) {
        if (isElement(child)) stack.push({ node: child, inLink: inLink || (child.tagName === 'a' && attribute(child, 'href') !== undefined), done: false });
      }
      continue;
    }
    const total: TextStats = { han: 0, chars: 0, linkChars: 0, head: '' };
    for (const child of childrenOf(node)) {
      const part = isElement(child) ? stats.get(child) : child.nodeName === '#text' && 'value' in child ? textStats(child, inLink) : undefined;
      if (!part) continue;
      total.han += part.han;
      total.chars += part.chars;
      total.linkChars += part.linkChars;
      if (total.head.length < WIDGET_HEAD_CHARS) total.head = (total.head + part.head).slice(0, WIDGET_HEAD_CHARS);
    }
    stats.set(node, total);
  }
  return stats;
}

/** Each text node's counts, computed once: the tree is measured three times and a hostile page has megabytes of text. */
const counted = new WeakMap<object, TextStats>();

function textStats(node: HtmlNode & { value: string }, inLink: boolean): TextStats {
  let own = counted.get(node);
  if (!own) counted.set(node, (own = countText(node.value)));
  return inLink ? { ...own, linkChars: own.chars } : own;
}

function countText(value: string): TextStats {
  const text = value.replace(/\s+/g, '');
  // Deleting the rest is ~6× faster than collecting every match of a 6 MB page (UTF-16 units: Ext-B characters count twice).
  const han = text.replace(/[^\p{Script=Han}]+/gu, '').length;
  return { han, chars: text.length, linkChars: 0, head: text.slice(0, WIDGET_HEAD_CHARS) };
}
