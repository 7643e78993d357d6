// `npm run bench:ocr -- [--seed shishi-2023] [--dpi 300] [--model 4.0.0_best_int|4.0.0] [--out FILE]`
// Character accuracy and speed of reading a scanned report: a seed report is typeset (LibreOffice), "scanned"
// (rendered to colour JPEGs at --dpi, a red seal stamped over its signature, rebuilt as an image-only PDF),
// then read back by readDocument's OCR path and compared with the seed's own text.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { OCR_MODEL, readPdf } from '../index/index.js';
import type { OcrModel } from '../index/index.js';
import { characterAccuracy } from './scan/characterAccuracy.js';
import { scanPdf } from './scan/scanPdf.js';
import { writeReportPdf } from './scan/writeReportPdf.js';
import { runCli } from '../cli/index.js';

runCli(async () => {
  const { values } = parseArgs({ options: { seed: { type: 'string', default: 'shishi-2023' }, dpi: { type: 'string', default: '300' }, out: { type: 'string' }, model: { type: 'string', default: OCR_MODEL } } });
  if (values.model !== '4.0.0' && values.model !== '4.0.0_best_int') throw new Error(`--model ${values.model}: expected 4.0.0 or 4.0.0_best_int`);
  const model: OcrModel = values.model;
  const paragraphs = readFileSync(`seeds/${values.seed}.txt`, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const header = '法治政府建设情况报告';
  const scan = await scanPdf(writeReportPdf(paragraphs, { header }), { dpi: Number(values.dpi), seal: sealName(paragraphs) });
  if (values.out) writeFileSync(values.out, scan);

  let pages = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage(); // every thread of the process, the OCR worker's included
  const document = await readPdf(scan, `${values.seed}-scan.pdf`, { ocrModel: model, onOcrProgress: (done, total) => process.stderr.write(`OCR page ${done}/${(pages = total)}\r`) });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const { accuracy, edits, characters } = characterAccuracy(document.text, paragraphs.join('\n'));
  const lines = document.text.split('\n');
  console.log(`scan of seeds/${values.seed}.txt: ${pages} pages at ${values.dpi} dpi, colour JPEG, red seal over the signature, running header and page numbers`);
  console.log(`OCR model           chi_sim ${model} (@tesseract.js-data/chi_sim), pages rendered at 300 dpi`);
  console.log(`character accuracy  ${(100 * accuracy).toFixed(2)} %  (${edits} edits over ${characters} characters; whitespace ignored, NFKC)`);
  console.log(`time                ${seconds.toFixed(1)} s in all, ${(seconds / pages).toFixed(2)} s per page wall clock (model load included)`);
  console.log(`CPU                 ${(cpuSeconds / pages).toFixed(2)} CPU-seconds per page; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores while it ran`);
  console.log(`running header kept ${lines.filter((l) => l.includes(header)).length} times; page-number lines kept ${lines.filter((l) => /^[-—–\s]*\d{1,3}[-—–\s]*$/.test(l.trim())).length}`);
});

/** The issuer the seal carries: the report's first line naming a 政府 or 局, without 文件. */
function sealName(paragraphs: readonly string[]): string {
  const line = paragraphs.find((p) => /(政府|局|委员会)/.test(p) && p.length <= 24) ?? '人民政府';
  return line.replace(/文件$/, '').replace(/关于.*$/, '').slice(0, 14);
}
