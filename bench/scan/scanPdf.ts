import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import type { SKRSContext2D } from '@napi-rs/canvas';
import { imageOnlyPdf } from './imageOnlyPdf.js';

/** How a paper report is "scanned". All optional. */
export interface ScanOptions {
  /** Resolution, dots per inch; default 300. */
  dpi?: number;
  /** Stamp a red seal with this name over the last page's last lines (the signature), as on a signed report. */
  seal?: string;
  /** JPEG quality 0–100; default 80. */
  quality?: number;
  /** Pages to keep (1-based); default all. */
  pages?: number[];
}

const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/**
 * A scan of a PDF as an office scanner makes one (pure but for rendering): each page rendered at `dpi` to a
 * colour JPEG, a red seal stamped over the signature on the last page, and the images put in a PDF with no
 * text layer. For benchmarks and test fixtures.
 */
export async function scanPdf(bytes: Uint8Array, options: ScanOptions = {}): Promise<Uint8Array> {
  const dpi = options.dpi ?? 300;
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(bytes), cMapUrl: join(pdfjsDir, 'cmaps') + '/', cMapPacked: true, standardFontDataUrl: join(pdfjsDir, 'standard_fonts') + '/' }).promise;
  const numbers = options.pages ?? Array.from({ length: doc.numPages }, (_, i) => i + 1);
  const images = [];
  for (const number of numbers) {
    const page = await doc.getPage(number);
    const viewport = page.getViewport({ scale: dpi / 72 });
    const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height));
    const context = canvas.getContext('2d');
    context.fillStyle = '#fdfdfa'; // paper is not quite white
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
    if (options.seal && number === numbers.at(-1)) {
      const content = await page.getTextContent();
      const ys = content.items.flatMap((item) => ('str' in item && item.str.trim() ? [item.transform[5] as number] : []));
      // The lowest text lines above the footer: the issuer and date that the seal covers.
      const body = ys.filter((y) => y > 80).sort((a, b) => a - b);
      const y = body[0] ?? 200;
      const [, cy] = viewport.convertToViewportPoint(0, y + 10);
      drawSeal(context, canvas.width * 0.68, cy ?? canvas.height * 0.7, dpi, options.seal);
    }
    images.push({ jpeg: await canvas.encode('jpeg', options.quality ?? 80), widthPx: canvas.width, heightPx: canvas.height, widthPt: viewport.width / (dpi / 72), heightPt: viewport.height / (dpi / 72) });
    page.cleanup();
  }
  await doc.destroy();
  return imageOnlyPdf(images);
}

/** A round official seal (公章): a red ring, a star, the issuer's name along the top arc, 42 mm across. */
function drawSeal(context: SKRSContext2D, cx: number, cy: number, dpi: number, name: string): void {
  const radius = (21 / 25.4) * dpi;
  context.save();
  // Stamp ink is subtractive: over black toner it stays black, over paper it is red.
  context.globalCompositeOperation = 'multiply';
  context.globalAlpha = 0.9;
  context.strokeStyle = context.fillStyle = '#d7262e';
  context.lineWidth = radius * 0.06;
  context.beginPath();
  context.arc(cx, cy, radius, 0, 2 * Math.PI);
  context.stroke();
  star(context, cx, cy, radius * 0.28);
  const size = radius * 0.26;
  context.font = `bold ${size}px "Noto Sans CJK SC", "Noto Sans CJK JP", "WenQuanYi Zen Hei", sans-serif`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  const chars = [...name];
  const span = Math.PI * 1.15;
  chars.forEach((char, i) => {
    const angle = -Math.PI / 2 - span / 2 + (span * (i + 0.5)) / chars.length;
    context.save();
    context.translate(cx + Math.cos(angle) * radius * 0.74, cy + Math.sin(angle) * radius * 0.74);
    context.rotate(angle + Math.PI / 2);
    context.fillText(char, 0, 0);
    context.restore();
  });
  context.restore();
}

function star(context: SKRSContext2D, cx: number, cy: number, r: number): void {
  context.beginPath();
  for (let i = 0; i < 10; i += 1) {
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const radius = i % 2 === 0 ? r : r * 0.4;
    context.lineTo(cx + Math.cos(angle) * radius, cy + Math.sin(angle) * radius);
  }
  context.closePath();
  context.fill();
}
