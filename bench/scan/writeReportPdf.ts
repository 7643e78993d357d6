import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How a report is laid out: A4 by default, with a running header and a page-number footer. */
export interface ReportLayout {
  /** Printed at the top of every page. */
  header?: string;
  /** Page size in centimetres; default 21 × 29.7 (A4). */
  pageCm?: [number, number];
  /** Body font size in points; default 14 (reports print 仿宋 三号, 16 pt; 14 fits more per page). */
  fontPt?: number;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Typesets report paragraphs as a PDF with LibreOffice (`soffice --headless`, Debian's libreoffice-writer-nogui),
 * in Noto Serif CJK (fonts-noto-cjk): the first paragraph as a centred title, section headings (一、…) bold,
 * body paragraphs indented two characters, a running header and "- N -" page numbers. Returns the PDF's
 * bytes, or with `format` 'doc' a Word 97–2003 file's.
 */
export function writeReportPdf(paragraphs: readonly string[], layout: ReportLayout = {}, format: 'pdf' | 'doc' = 'pdf'): Uint8Array {
  const [width, height] = layout.pageCm ?? [21, 29.7];
  const size = layout.fontPt ?? 14;
  const header = layout.header ? `<style:header><text:p text:style-name="Running">${esc(layout.header)}</text:p></style:header>` : '';
  const footer = `<style:footer><text:p text:style-name="Running">- <text:page-number text:select-page="current">1</text:page-number> -</text:p></style:footer>`;
  const style = (p: string, i: number): string => (i === 0 ? 'Title' : /^[一二三四五六七八九十]+、/.test(p) ? 'Heading' : 'Body');
  const fodt = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls><style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'"/></office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph"><style:text-properties style:font-name="Noto Serif CJK SC" style:font-name-asian="Noto Serif CJK SC" fo:font-size="${size}pt" style:font-size-asian="${size}pt"/></style:default-style>
  <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-indent="${2 * size}pt" fo:text-align="justify" fo:line-height="150%"/></style:style>
  <style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:text-indent="${2 * size}pt" fo:line-height="150%"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
  <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="${size}pt"/><style:text-properties fo:font-size="${size + 6}pt" style:font-size-asian="${size + 6}pt"/></style:style>
  <style:style style:name="Running" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt" style:font-size-asian="10pt"/></style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="Page"><style:page-layout-properties fo:page-width="${width}cm" fo:page-height="${height}cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.6cm" fo:margin-right="2.6cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.6cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.6cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Page">${header}${footer}</style:master-page></office:master-styles>
 <office:body><office:text>
${paragraphs.map((p, i) => `  <text:p text:style-name="${style(p, i)}">${esc(p)}</text:p>`).join('\n')}
 </office:text></office:body>
</office:document>`;
  const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
  try {
    writeFileSync(join(dir, 'report.fodt'), fodt);
    const target = format === 'doc' ? 'doc:MS Word 97' : 'pdf';
    execFileSync('soffice', ['--headless', '--convert-to', target, '--outdir', dir, join(dir, 'report.fodt')], { stdio: 'ignore' });
    return new Uint8Array(readFileSync(join(dir, `report.${format}`)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
