import chardet from 'chardet';
import { commonHanCount } from './commonHan.js';

/** Bytes decoded to a string, with the encoding that was used (a WHATWG name such as `gb18030`). */
export interface DecodedText {
  text: string;
  encoding: string;
}

/** Bytes sampled when comparing candidate encodings: enough for a few hundred Han characters. */
const SAMPLE_BYTES = 16 * 1024;

/** The encodings Chinese government reports come in, besides those with a byte-order mark. */
const CHINESE_ENCODINGS = ['gb18030', 'big5', 'utf-8'] as const;

/**
 * Decodes text whose encoding is not known: a byte-order mark wins, then strict UTF-8, then the
 * `declared` charset (e.g. from an HTML `<meta>`), and otherwise the candidate (GB18030, Big5,
 * UTF-8 with errors, chardet's guess) whose decoding has the most common Han characters and the
 * fewest replacement and control characters.
 */
export function detectEncoding(bytes: Uint8Array, declared?: string): DecodedText {
  const withBom = decodeWithBom(bytes);
  if (withBom) return withBom;
  const utf8 = decodeStrictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const declaredDecoder = declared === undefined ? null : decoderFor(declared);
  if (declaredDecoder && declaredDecoder.encoding !== 'utf-8') {
    return { text: declaredDecoder.decode(bytes), encoding: canonicalName(declaredDecoder.encoding) };
  }
  const best = bestCandidate(bytes);
  return { text: new TextDecoder(best).decode(bytes), encoding: canonicalName(best) };
}

function decodeWithBom(bytes: Uint8Array): DecodedText | null {
  const [b0, b1, b2] = bytes;
  const encoding =
    b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? 'utf-8'
    : b0 === 0xff && b1 === 0xfe ? 'utf-16le'
    : b0 === 0xfe && b1 === 0xff ? 'utf-16be'
    : null;
  // TextDecoder drops the BOM itself.
  return encoding ? { text: new TextDecoder(encoding).decode(bytes), encoding } : null;
}

function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.trim());
  } catch {
    return null;
  }
}

/** WHATWG's `gbk` decoder is its GB18030 decoder; name it for what it reads. */
function canonicalName(encoding: string): string {
  return encoding === 'gbk' ? 'gb18030' : encoding;
}

function bestCandidate(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const guess = chardet.detect(sample);
  const guessDecoder = guess === null ? null : decoderFor(guess);
  const candidates = new Set<string>([...CHINESE_ENCODINGS]);
  // chardet's guess goes first so that it wins ties (e.g. Latin text, where no candidate has Han).
  const ordered = guessDecoder ? [canonicalName(guessDecoder.encoding), ...candidates] : [...candidates];
  let best = ordered[0] ?? 'utf-8';
  let bestScore = -Infinity;
  for (const encoding of new Set(ordered)) {
    const score = decodingScore(new TextDecoder(encoding).decode(sample));
    if (score > bestScore) [best, bestScore] = [encoding, score];
  }
  return best;
}

/** Higher is more plausible: common Han characters count for, replacement and control characters against. */
function decodingScore(text: string): number {
  const bad = (text.match(/[\uFFFD\u0000-\u0008\u000E-\u001F\u007F-\u009F]/gu) ?? []).length;
  return commonHanCount(text) - 4 * bad;
}
