import { detectEncoding, type DecodedText } from './detectEncoding.js';
import { unsupported } from './sniffFormat.js';

/** Share of control or replacement characters above which decoded "text" is taken for binary data. */
const MAX_BAD_CHAR_SHARE = 0.01;

/**
 * Decodes a plain-text report (encoding detected, see detectEncoding) with `\n` line ends.
 * Throws FILE_UNSUPPORTED when the bytes are binary rather than text in any known encoding.
 */
export function readText(bytes: Uint8Array, fileName: string): DecodedText {
  const { text, encoding } = detectEncoding(bytes);
  if (badCharShare(text) > MAX_BAD_CHAR_SHARE) {
    throw unsupported(fileName, 'not text in a known encoding (it looks like binary data)');
  }
  return { text: text.replace(/\r\n?/g, '\n'), encoding };
}

function badCharShare(text: string): number {
  if (text.length === 0) return 0;
  // C0 controls other than tab, line feed, vertical tab, form feed and carriage return; DEL; C1 controls; U+FFFD.
  const bad = text.match(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFD]/gu)?.length ?? 0;
  return bad / text.length;
}
