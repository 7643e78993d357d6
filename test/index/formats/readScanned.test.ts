import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { characterAccuracy } from '../../../bench/scan/characterAccuracy.js';
import { readDocument } from '../../../index/formats/readDocument.js';
import { cleanOcrText, ocrPageLines, pairQuotes } from '../../../index/formats/ocr/ocrLines.js';
import { parseInWorker } from '../../../index/parse/parseInWorker.js';

const intake = (name: string) => readFileSync(`test/fixtures/intake/${name}`);
const reference = readFileSync('test/fixtures/intake/licheng-scan.txt', 'utf8');

// licheng-scan.pdf: two A5 pages of the Licheng seed scanned at 200 dpi as colour JPEGs, with a running header
// (鲤城区法治政府建设情况报告), "- N -" page numbers and a red seal over the signature (make-intake-fixtures.ts).
describe('readDocument on scanned PDFs (OCR)', () => {
  it('reads a scanned report with at least 97 % of its characters right, off the main thread, page by page', async () => {
    const progress: string[] = [];
    await readDocument(readFileSync('test/fixtures/formats/shishi-paged.pdf'), 'warm-up.pdf'); // pdf.js loaded, as in a running bot
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const document = await readDocument(intake('licheng-scan.pdf'), 'licheng-scan.pdf', { onOcrProgress: (done, total) => progress.push(`${done}/${total}`) });
    delay.disable();
    // The thread that answers questions is never held up for long while pages are rendered and read.
    expect(delay.max / 1e6).toBeLessThan(500);
    expect(document).toMatchObject({ format: 'pdf', pages: 2, ocrPages: 2 });
    expect(progress).toEqual(['0/2', '1/2', '2/2']);
    const { accuracy } = characterAccuracy(document.text, reference);
    expect(accuracy).toBeGreaterThanOrEqual(0.97);
    expect(document.text).toContain('轮训区管干部504人次');
  }, 180_000);

  it('keeps the seal, the running header and the page numbers out of the text', async () => {
    const { text } = await readDocument(intake('licheng-scan.pdf'), 'licheng-scan.pdf');
    expect(text).not.toMatch(/法治政府建设情况报告\n/); // the header; the title line ends 的报告
    expect(text.split('\n').filter((line) => /^[\s\-—\d]*$/.test(line) && line.trim() !== '')).toEqual([]);
    // The seal sits over the signature and date: they come out clean, nothing after them.
    expect(text.trimEnd().endsWith('泉州市鲤城区人民政府\n\n2025年1月21日')).toBe(true);
  }, 180_000);

  it('reads a scan on the parse worker too, its time limit stretched to the pages OCR has to read', async () => {
    const progress: string[] = [];
    // A base limit that covers finding the scanned pages (~2 s here) but not reading them (~5 CPU-s a page):
    // only the OCR allowance (pages × the per-page bound) lets it finish.
    const started = performance.now();
    const { document, parsed } = await parseInWorker(intake('licheng-scan.pdf'), 'licheng-scan.pdf', { timeoutMs: 4_000, onOcrProgress: (done, total) => progress.push(`${done}/${total}`) });
    expect(performance.now() - started).toBeGreaterThan(4_000);
    expect(document).toMatchObject({ format: 'pdf', ocrPages: 2 });
    expect(progress).toEqual(['0/2', '1/2', '2/2']);
    expect(parsed.meta).toMatchObject({ org: '泉州市鲤城区人民政府', year: 2024 });
    // A text PDF gets no such allowance: the base limit still holds.
    await expect(parseInWorker(readFileSync('test/fixtures/formats/shishi-paged.pdf'), 'shishi-paged.pdf', { timeoutMs: 1 })).rejects.toMatchObject({ code: 'FILE_TOO_COMPLEX' });
  }, 180_000);

  it('reads a PDF mixing a text page and a scanned page, both', async () => {
    const document = await readDocument(intake('licheng-mixed.pdf'), 'licheng-mixed.pdf');
    expect(document).toMatchObject({ pages: 2, ocrPages: 1 });
    expect(document.text).toMatch(/^泉州市鲤城区人民政府关于2024\n\n年法治政府建设情况的报告\n/); // page 1, text layer, exact; the header gone from both
    expect(document.text).not.toContain('城区法治政府建设情况报告');
    expect(document.text).toContain('区政府常务会开展习近平法治思想系列专题法治讲座4次'); // page 2, by OCR
    expect(characterAccuracy(document.text, reference).accuracy).toBeGreaterThanOrEqual(0.97);
  }, 180_000);
});

describe('OCR lines', () => {
  it('sets punctuation beside Chinese full-width, drops spaces between characters, brackets a document number’s year', () => {
    expect(cleanOcrText('狮政综[2024]8号 关于 2023 年度 , 市政府 (一) 深入')).toBe('狮政综〔2024〕8号关于2023年度，市政府（一）深入');
    expect(cleanOcrText('Page 3 of 10')).toBe('Page 3 of 10');
  });

  it('pairs quotes OCR read as opening ones', () => {
    expect(pairQuotes(['提出“建长久机制强化韧性治理“ ,进一步', '创建“全国法治政府建设示范市“等重大', '上枫桥““园区枫桥“'])).toEqual([
      '提出“建长久机制强化韧性治理” ,进一步',
      '创建“全国法治政府建设示范市”等重大',
      '上枫桥”“园区枫桥”',
    ]);
  });

  it('turns pixel boxes into lines in points, drops low-confidence lines, residue words and page marks', () => {
    const box = (y0: number, y1: number, x0 = 100, x1 = 1100) => ({ x0, y0, x1, y1 });
    const lines = ocrPageLines({
      scale: 2,
      heightPx: 2000,
      lines: [
        { text: '东-', confidence: 70, bbox: box(1900, 1930, 480, 520) },
        { text: '第二行文字', confidence: 95, bbox: box(300, 340) },
        { text: '第一行文字 , 有逗号', confidence: 95, bbox: box(200, 240) },
        { text: '印章残留', confidence: 20, bbox: box(400, 440) },
        { text: '2025 年1月21日   8 7', confidence: 80, bbox: box(500, 540), words: [{ text: '2025', confidence: 90 }, { text: '年1月21日', confidence: 90 }, { text: '8', confidence: 40 }, { text: '7', confidence: 1 }] },
      ],
    });
    expect(lines.map((l) => l.text)).toEqual(['第一行文字，有逗号', '第二行文字', '2025年1月21日']);
    expect(lines[0]).toMatchObject({ x: 50, right: 550, y: 880, size: 20 });
  });
});
