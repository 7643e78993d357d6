import { HTMLElement, NodeType } from 'node-html-parser';

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
type Measured = Map<HTMLElement, TextStats>;

/**
 * The element holding an article page's body text, stripped of navigation, headers, footers,
 * share/scan widgets, attachment and related-link blocks. Prefers the usual CMS containers
 * (#zoom, .TRS_Editor, .article, .content, article …); otherwise the element the page's
 * Chinese text concentrates in. Mutates the parsed tree.
 */
export function findArticleBody(root: HTMLElement): HTMLElement {
  const page = root.querySelector('body') ?? root;
  const stats = measure(page);
  const pageHan = stats.get(page)?.han ?? 0;
  const preferred = BODY_SELECTORS.flatMap((selector) => page.querySelectorAll(selector)).find((element) => {
    const han = stats.get(element)?.han ?? 0;
    return han > 0 && han >= MIN_BODY_SHARE * pageHan;
  });
  const body = preferred ?? densest(page, measure(pruneLayout(page, stats)));
  return pruneWidgets(body, measure(pruneLayout(body, measure(body))));
}

/** Removes elements that are page furniture by tag, class or id, or hidden. */
function pruneLayout(scope: HTMLElement, stats: Measured): HTMLElement {
  const limit = (stats.get(scope)?.han ?? 0) / 2; // never drop what holds most of the text, whatever its class says
  for (const element of descendants(scope)) {
    const words = `${element.getAttribute('class') ?? ''} ${element.id}`.toLowerCase().split(/[\s_-]+/);
    const hidden = /display\s*:\s*none/i.test(element.getAttribute('style') ?? '');
    const layout =
      LAYOUT_TAGS.has(element.tagName.toLowerCase()) || hidden || words.some((word) => LAYOUT_WORDS.has(word) || word.startsWith('bdshare'));
    if (layout && (stats.get(element)?.han ?? 0) <= limit) element.remove();
  }
  return scope;
}

/** Removes widget blocks (share, print, attachments, related reading) and link lists. */
function pruneWidgets(scope: HTMLElement, stats: Measured): HTMLElement {
  const limit = (stats.get(scope)?.han ?? 0) / 2;
  for (const element of descendants(scope)) {
    const own = stats.get(element);
    if (!own || own.chars === 0 || own.han > limit) continue;
    if (WIDGET_START.test(own.head) || own.linkChars >= LINK_LIST_SHARE * own.chars) element.remove();
  }
  return scope;
}

/** Descends from `scope` while one child holds most of the Han text. */
function densest(scope: HTMLElement, stats: Measured): HTMLElement {
  const han = (element: HTMLElement): number => stats.get(element)?.han ?? 0;
  let current = scope;
  for (;;) {
    const richest = current.children.reduce<HTMLElement | undefined>((best, child) => (best && han(best) >= han(child) ? best : child), undefined);
    if (!richest || han(current) === 0 || han(richest) < DESCEND_SHARE * han(current)) return current;
    current = richest;
  }
}

/** Text statistics of `element` and every element below it, in one walk. */
function measure(element: HTMLElement, stats: Measured = new Map(), inLink = false): Measured {
  const total: TextStats = { han: 0, chars: 0, linkChars: 0, head: '' };
  for (const child of element.childNodes) {
    let part: TextStats | undefined;
    if (child instanceof HTMLElement) {
      measure(child, stats, inLink || (child.tagName === 'A' && child.hasAttribute('href')));
      part = stats.get(child);
    } else if (child.nodeType === NodeType.TEXT_NODE) {
      const text = child.text.replace(/\s+/g, '');
      const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
      part = { han, chars: text.length, linkChars: inLink ? text.length : 0, head: text.slice(0, WIDGET_HEAD_CHARS) };
    }
    if (!part) continue;
    total.han += part.han;
    total.chars += part.chars;
    total.linkChars += part.linkChars;
    if (total.head.length < WIDGET_HEAD_CHARS) total.head = (total.head + part.head).slice(0, WIDGET_HEAD_CHARS);
  }
  stats.set(element, total);
  return stats;
}

function* descendants(element: HTMLElement): Generator<HTMLElement> {
  for (const child of [...element.children]) {
    yield child;
    yield* descendants(child);
  }
}
