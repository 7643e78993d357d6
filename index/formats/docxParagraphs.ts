import { ListCounter, readNumbering } from './docxNumbering.js';

/** The parts of a .docx package the paragraphs are read from (XML text; numbering and styles may be absent). */
export interface DocxParts {
  document: string;
  numbering?: string;
  styles?: string;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

const val = (xml: string, name: string): string | undefined => new RegExp(`<w:${name}\\b[^>]*w:val="([^"]*)"`, 'u').exec(xml)?.[1];

/** List numbering each paragraph style carries (a heading style tied to a list), following w:basedOn. */
function styleNumbering(styles: string | undefined): Map<string, { numId: string; level: number }> {
  const own = new Map<string, { numId?: string; level?: number; basedOn?: string }>();
  for (const match of (styles ?? '').matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/gu)) {
    const body = match[2] ?? '';
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/u.exec(body)?.[1];
    const entry: { numId?: string; level?: number; basedOn?: string } = {};
    if (numPr) {
      const numId = val(numPr, 'numId');
      if (numId !== undefined) entry.numId = numId;
      entry.level = Number(val(numPr, 'ilvl') ?? 0);
    }
    const basedOn = val(body, 'basedOn');
    if (basedOn !== undefined) entry.basedOn = basedOn;
    own.set(match[1] ?? '', entry);
  }
  const resolved = new Map<string, { numId: string; level: number }>();
  for (const id of own.keys()) {
    let at: string | undefined = id;
    for (let depth = 0; at && depth < 10; depth += 1) {
      const entry = own.get(at);
      if (entry?.numId !== undefined) {
        resolved.set(id, { numId: entry.numId, level: entry.level ?? 0 });
        break;
      }
      at = entry?.basedOn;
    }
  }
  return resolved;
}

/**
 * A Word document's paragraphs in order, each with its list label written as Word shows it
 * (`一、依法全面履行政府职能`, `（一）深化…`), from word/numbering.xml, level by level, for numbering set on the
 * paragraph or on its style. Tabs become a space, line breaks a newline; empty paragraphs are left out (pure).
 */
export function docxParagraphs(parts: DocxParts): string[] {
  const counter = new ListCounter(readNumbering(parts.numbering));
  const byStyle = styleNumbering(parts.styles);
  const paragraphs: string[] = [];
  for (const match of parts.document.matchAll(/<w:p\b(?:[^>]*[^/])?>([\s\S]*?)<\/w:p>/gu)) {
    const xml = match[1] ?? '';
    const properties = /<w:pPr>([\s\S]*?)<\/w:pPr>/u.exec(xml)?.[1] ?? '';
    const text = runText(xml.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/u, ''));
    if (text.trim() === '') continue;
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/u.exec(properties)?.[1];
    const style = val(properties, 'pStyle');
    const list = numPr !== undefined ? { numId: val(numPr, 'numId') ?? '0', level: Number(val(numPr, 'ilvl') ?? byStyle.get(style ?? '')?.level ?? 0) } : byStyle.get(style ?? '');
    const label = list ? counter.next(list.numId, list.level) : '';
    paragraphs.push(label + text.trim());
  }
  return paragraphs;
}

function runText(xml: string): string {
  let text = '';
  for (const match of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>|<w:delText\b[\s\S]*?<\/w:delText>/gu)) {
    if (match[1] !== undefined) text += decode(match[1]);
    else if (match[2] === 'tab') text += ' ';
    else if (match[2]) text += '\n';
  }
  return text;
}
