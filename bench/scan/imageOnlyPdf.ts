/** One page of an image-only PDF: a JPEG and the page size. */
export interface PageImage {
  jpeg: Uint8Array;
  widthPx: number;
  heightPx: number;
  /** Page size in PDF points (1/72 inch). */
  widthPt: number;
  heightPt: number;
}

/**
 * A PDF whose pages are nothing but the given colour JPEGs, each filling its page (pure): what a scanner
 * without OCR writes. No text layer, no fonts.
 */
export function imageOnlyPdf(pages: readonly PageImage[]): Uint8Array {
  const chunks: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (part: Buffer | string) => {
    const buffer = typeof part === 'string' ? Buffer.from(part, 'latin1') : part;
    chunks.push(buffer);
    length += buffer.length;
  };
  const object = (n: number, body: string, stream?: Uint8Array) => {
    offsets[n] = length;
    push(`${n} 0 obj\n${body}\n`);
    if (stream) {
      push('stream\n');
      push(Buffer.from(stream));
      push('\nendstream\n');
    }
    push('endobj\n');
  };
  push('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n');
  const kids = pages.map((_, i) => `${3 + i * 3} 0 R`).join(' ');
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  pages.forEach((page, i) => {
    const [pageObj, imageObj, contentObj] = [3 + i * 3, 4 + i * 3, 5 + i * 3];
    const content = `q ${page.widthPt.toFixed(2)} 0 0 ${page.heightPt.toFixed(2)} 0 0 cm /Im Do Q`;
    object(pageObj, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${page.widthPt.toFixed(2)} ${page.heightPt.toFixed(2)}] /Resources << /XObject << /Im ${imageObj} 0 R >> >> /Contents ${contentObj} 0 R >>`);
    object(imageObj, `<< /Type /XObject /Subtype /Image /Width ${page.widthPx} /Height ${page.heightPx} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${page.jpeg.byteLength} >>`, page.jpeg);
    object(contentObj, `<< /Length ${content.length} >>`, Buffer.from(content, 'latin1'));
  });
  const size = 3 + pages.length * 3;
  const xref = length;
  push(`xref\n0 ${size}\n0000000000 65535 f \n`);
  for (let n = 1; n < size; n += 1) push(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${size} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return new Uint8Array(Buffer.concat(chunks));
}
