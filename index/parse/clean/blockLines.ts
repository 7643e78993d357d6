/** A line of a report's text and whether a blank line (a paragraph the file marks) comes before it. */
export interface BlockLine {
  text: string;
  startsBlock: boolean;
}

/** The trimmed non-empty lines of a text, each marked when a blank line precedes it (pure). */
export function toBlockLines(text: string): BlockLine[] {
  const lines: BlockLine[] = [];
  let blank = true;
  for (const raw of text.split(/\r\n|\r|\n/u)) {
    const line = raw.trim();
    if (line.length === 0) {
      blank = true;
      continue;
    }
    lines.push({ text: line, startsBlock: blank });
    blank = false;
  }
  return lines;
}

/**
 * Joins `body` lines with `join` only within the paragraphs the file marks: `source` is every line
 * of the file in order (before cleaning); a body line that `tidy` makes from a source line starting a
 * block starts a paragraph of its own. Body lines are matched to source lines in order (pure).
 */
export function joinWithinBlocks(
  body: readonly string[],
  source: readonly BlockLine[],
  tidy: (line: string) => string,
  join: (lines: readonly string[]) => string[],
): string[] {
  const paragraphs: string[] = [];
  let block: string[] = [];
  let at = 0;
  for (const line of body) {
    let startsBlock = true;
    for (let i = at; i < source.length; i += 1) {
      if (tidy(source[i]?.text ?? '').includes(line) || line.includes(tidy(source[i]?.text ?? ''))) {
        startsBlock = source[i]?.startsBlock ?? true;
        at = i + 1;
        break;
      }
    }
    if (startsBlock && block.length > 0) {
      paragraphs.push(...join(block));
      block = [];
    }
    block.push(line);
  }
  if (block.length > 0) paragraphs.push(...join(block));
  return paragraphs;
}
