/** Extensions for the content types a report comes in, for resources whose URL names no file. */
const EXTENSIONS: Readonly<Record<string, string>> = {
  'text/html': '.html',
  'application/xhtml+xml': '.html',
  'application/pdf': '.pdf',
  'application/msword': '.doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/kswps': '.wps',
  'application/vnd.ms-works': '.wps',
  'text/plain': '.txt',
};

/**
 * A file name for a downloaded resource (pure): Content-Disposition's `filename*` or `filename`, else the
 * last segment of the URL path (percent-decoded), else `index`; given the extension of its content type
 * when it has none.
 */
export function resourceFileName(url: string, contentType: string, disposition: string | undefined): string {
  const fromHeader = dispositionName(disposition);
  const segment = new URL(url).pathname.split('/').filter(Boolean).at(-1);
  let name = fromHeader ?? (segment ? safeDecode(segment) : 'index');
  name = name.replace(/[\\/:*?"<>|\x00-\x1f]/g, '_').slice(-120);
  if (!/\.[a-z0-9]{2,5}$/i.test(name)) name += EXTENSIONS[contentType] ?? '';
  return name;
}

function dispositionName(disposition: string | undefined): string | undefined {
  if (!disposition) return undefined;
  const star = /filename\*\s*=\s*(?:[\w-]+)''([^;]+)/i.exec(disposition)?.[1];
  if (star) return safeDecode(star.trim());
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition)?.[1]?.trim();
  if (!plain) return undefined;
  // Undici hands header bytes over as latin1; many sites send the name's UTF-8 bytes raw.
  const utf8 = Buffer.from(plain, 'latin1').toString('utf8');
  return safeDecode(utf8.includes('\uFFFD') ? plain : utf8);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
