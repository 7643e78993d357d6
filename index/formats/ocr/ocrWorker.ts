// Renders scanned PDF pages and reads them with Tesseract on a worker thread, so that the thread answering
// questions never waits for OCR. Everything is local: pdf.js and its data, @napi-rs/canvas, tesseract.js's
// WebAssembly core and the chi_sim model all come from node_modules; nothing is fetched.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { createCanvas } from '@napi-rs/canvas';
import { createWorker, OEM } from 'tesseract.js';
import type { OcrRawLine } from './ocrLines.js';

interface Job {
  bytes: Uint8Array;
  pages: number[];
  dpi: number;
  /** Longest side of a rendered page, in pixels. */
  maxPixels: number;
  /** A model folder of @tesseract.js-data/chi_sim. */
  model: string;
}

const require = createRequire(import.meta.url);
const pdfjsDir = dirname(require.resolve('pdfjs-dist/package.json'));
const { bytes, pages, dpi, maxPixels, model } = workerData as Job;
const langPath = join(dirname(require.resolve('@tesseract.js-data/chi_sim/package.json')), model);
const { getDocument, VerbosityLevel } = await import('pdfjs-dist/legacy/build/pdf.mjs');
const doc = await getDocument({
  data: bytes,
  verbosity: VerbosityLevel.ERRORS,
  isEvalSupported: false,
  useSystemFonts: false,
  cMapUrl: join(pdfjsDir, 'cmaps') + '/',
  cMapPacked: true,
  standardFontDataUrl: join(pdfjsDir, 'standard_fonts') + '/',
}).promise;
const tesseract = await createWorker('chi_sim', OEM.LSTM_ONLY, {
  langPath,
  gzip: true,
  cacheMethod: 'none', // read the model from node_modules every time; never write a copy into the working folder
  workerPath: join(dirname(require.resolve('tesseract.js')), 'worker-script', 'node', 'index.js'),
});
await tesseract.setParameters({ preserve_interword_spaces: '1' });

for (const number of pages) {
  const page = await doc.getPage(number);
  const base = page.getViewport({ scale: 1 });
  const scale = Math.min(dpi / 72, maxPixels / Math.max(base.width, base.height));
  const viewport = page.getViewport({ scale });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  dropRedInk(image.data);
  context.putImageData(image, 0, 0);
  const png = await canvas.encode('png');
  const { data } = await tesseract.recognize(png, {}, { blocks: true, text: false });
  const lines: OcrRawLine[] = (data.blocks ?? []).flatMap((block) =>
    block.paragraphs.flatMap((paragraph) => paragraph.lines.map((line) => ({
      text: line.text,
      confidence: line.confidence,
      bbox: line.bbox,
      baseline: line.baseline,
      rowHeight: line.rowAttributes.rowHeight,
      words: line.words.map((word) => ({ text: word.text, confidence: word.confidence })),
    }))),
  );
  page.cleanup();
  parentPort!.postMessage({ page: number, lines, scale, heightPx: canvas.height });
}
await tesseract.terminate();
await doc.destroy();
parentPort!.postMessage({ done: true });

/**
 * Whitens red and pink pixels: official seals (公章) are stamped in red ink over the black text, which stays
 * dark where the two overlap (ink is subtractive), so only the seal goes. Pale pink covers a seal's scanned edge.
 */
function dropRedInk(rgba: Uint8ClampedArray): void {
  for (let i = 0; i < rgba.length; i += 4) {
    const r = rgba[i]!;
    const g = rgba[i + 1]!;
    const b = rgba[i + 2]!;
    if (r > 60 && r - Math.max(g, b) > 40) {
      rgba[i] = 255;
      rgba[i + 1] = 255;
      rgba[i + 2] = 255;
    }
  }
}
