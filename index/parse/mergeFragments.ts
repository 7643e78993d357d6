import type { Block } from './structure.js';

/** Sizes for merging, in characters. */
export interface MergeOptions {
  /** A block shorter than this joins a neighbour. */
  minChars: number;
  /** A merge into the previous block must stay within this. */
  maxChars: number;
}

// Text that stops on a colon or comma leads into what follows: `…如下问题：`, `…一些问题,`.
const LEADS_ON = /[：:，,、]$/u;
// A lead-in longer than this is a passage of its own even though it ends with a colon.
const MAX_LEAD_IN_CHARS = 80;

/**
 * Merges blocks too small to quote alone, in reading order: a lead-in (text ending on a colon or
 * comma, or shorter than `minChars`) joins the next block when that one lies in the same or a deeper section —
 * the intro before 一是 joins item 一; any other fragment under `minChars` joins its neighbour in the
 * same section. The preamble (section []) never joins the first section.
 */
export function mergeFragments(blocks: readonly Block[], options: MergeOptions): Block[] {
  return mergeShort(mergeLeadIns(blocks, options), options);
}

function mergeLeadIns(blocks: readonly Block[], { minChars }: MergeOptions): Block[] {
  const result: Block[] = [];
  let carry = '';
  blocks.forEach((block, i) => {
    const text = carry + block.text;
    carry = '';
    const next = blocks[i + 1];
    const isLeadIn = LEADS_ON.test(text) || text.length < minChars;
    if (isLeadIn && text.length <= MAX_LEAD_IN_CHARS && next && block.section.length > 0 && within(next.section, block.section)) {
      carry = text;
    } else {
      result.push({ section: block.section, text });
    }
  });
  return result;
}

function mergeShort(blocks: readonly Block[], { minChars, maxChars }: MergeOptions): Block[] {
  const result: Block[] = [];
  for (const block of blocks) {
    const prev = result[result.length - 1];
    const fits = prev !== undefined && prev.text.length + block.text.length <= maxChars;
    const prevShort = prev !== undefined && prev.text.length < minChars;
    if (prev && sameSection(prev.section, block.section) && ((block.text.length < minChars && fits) || prevShort)) {
      result[result.length - 1] = { section: prev.section, text: prev.text + block.text };
    } else {
      result.push(block);
    }
  }
  return result;
}

/** True when `section` is `outer` or lies below it. */
function within(section: readonly string[], outer: readonly string[]): boolean {
  return outer.every((label, i) => section[i] === label);
}

function sameSection(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && within(a, b);
}
