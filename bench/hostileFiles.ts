// Hostile report files for `npm run bench:hostile`, generated (nothing hostile is stored in the repository).
import { buildZip, deflateRepeated } from '../test/support/buildZip.js';
import { deflateRawSync } from 'node:zlib';

/** A named hostile file and what it attacks. */
export interface HostileFile {
  name: string;
  what: string;
  bytes: Uint8Array;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const PARAGRAPH = '我们坚持依法行政，推进严格规范公正文明执法，行政复议案件办理规范有序，法治政府建设取得新成效。';

/** A one-page PDF whose content stream is `bytes` long: thousands of tiny text runs on a single page. */
function onePagePdf(bytes: number): Uint8Array {
  const op = 'BT /F1 1 Tf 10 10 Td (x) Tj ET\n';
  const stream = op.repeat(Math.ceil(bytes / op.length));
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** The hostile inputs of issue 13, rebuilt from their descriptions; the zip bomb first, so its memory is measured from a clean start. */
export async function hostileFiles(): Promise<HostileFile[]> {
  const types = Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  const bomb = await deflateRepeated(1024 * 1024 * 1024);
  return [
    {
      name: 'bomb.docx',
      what: `${(bomb.length / 1024 / 1024).toFixed(1)} MB .docx, document.xml inflating to 1 GiB`,
      bytes: buildZip([
        { name: '[Content_Types].xml', deflated: deflateRawSync(types), inflatedSize: types.length },
        { name: 'word/document.xml', deflated: bomb, inflatedSize: 1024 * 1024 * 1024 },
      ]),
    },
    { name: 'unclosed.html', what: '250 KB: 50,000 unclosed <div>', bytes: utf8(`<html><body>${'<div>'.repeat(50_000)}<p>${PARAGRAPH}</p>`) },
    { name: 'nested.html', what: '5,000 nested tags (55 KB)', bytes: utf8(`<html><body>${'<div>'.repeat(5_000)}${PARAGRAPH}${'</div>'.repeat(5_000)}`) },
    { name: 'huge.html', what: '19 MB of HTML paragraphs', bytes: utf8(`<html><body>${`<p>${PARAGRAPH}</p>\n`.repeat(Math.ceil((19 * 1024 * 1024) / 150))}`) },
    { name: 'one-page.pdf', what: '11 MB single-page PDF', bytes: onePagePdf(11 * 1024 * 1024) },
  ];
}
