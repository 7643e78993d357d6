import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { IndexWriter, MODEL_DIM, MODEL_ID } from '../../index/index.js';
import { randomBytes } from '../index/formats/fixtures.js';
import { startReportSite } from '../support/reportSite.js';

let dataDir: string;
let folder: string;
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  IndexWriter.open(dataDir, { modelId: MODEL_ID, dim: MODEL_DIM }, { create: true }).close();
  folder = mkdtempSync(join(tmpdir(), 'reports-'));
  const copy = (from: string, to: string) => copyFileSync(join('test/fixtures', from), join(folder, to));
  copy('formats/gaoxinqu.docx', 'gaoxinqu.docx');
  copy('formats/gaoxinqu.docx', 'gaoxinqu-copy.docx'); // the same file twice: already indexed
  copy('intake/gongxinju.doc', 'gongxinju.doc');
  copy('formats/shishi-gb18030.txt', 'shishi-gb18030.txt');
  copy('formats/shishi-paged.pdf', 'shishi-paged.pdf'); // the same issuer and year again: refused without --replace
  copy('formats/not-a-report.png', 'photo.png'); // not a report file: not even tried
  writeFileSync(join(folder, 'broken.pdf'), '法治政府建设情况报告');
  mkdirSync(join(folder, 'old'));
  writeFileSync(join(folder, 'old', 'empty.txt'), '');
  writeFileSync(join(folder, 'old', '旧版.wps'), randomBytes(4096));
});

function ingest(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'cli/ingest.ts', ...args], {
    env: { ...process.env, DATA_DIR: dataDir, MODELS_DIR: inject('modelsDir'), ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** As ingest(), without blocking this process's event loop (the test's web site must keep answering). */
function ingestAsync(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'cli/ingest.ts', ...args], { env: { ...process.env, DATA_DIR: dataDir, MODELS_DIR: inject('modelsDir'), ...env } });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.resume();
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout })));
}

describe('npm run ingest on a folder', () => {
  it('goes on past failures and ends with a summary, the reason per refused file, and the CSV it was asked for', () => {
    const csv = join(folder, '..', `summary-${process.pid}.csv`);
    const { status, stdout, stderr } = ingest(['--report', csv, folder]);
    expect(status).toBe(1); // some files were refused
    expect(stderr).toMatch(/已跳过 1 个不是报告的文件（\.png ×1）：.*photo\.png/); // said, not silent
    expect(stdout).toContain('共 8 项：新增 3 份，替换 0 份，已收录过 1 份，未收录 4 份');
    expect(stdout).toMatch(/未收录 .*broken\.pdf：文件无法读取.*请确认路径/);
    expect(stdout).toMatch(/未收录 .*empty\.txt：文件里没有文字/);
    expect(stdout).toMatch(/未收录 .*旧版\.wps：不支持这种文件.*\.docx/);
    expect(stdout).toMatch(/未收录 .*shishi-paged\.pdf：.*请加上 --replace/);
    expect(stdout).not.toContain('photo.png');
    // Each refusal's line on stderr names its code and keeps the precise message.
    expect(stderr).toMatch(/未收录 .*broken\.pdf：.*\n  详情（FILE_UNREADABLE）：broken\.pdf is named \.pdf but is not a PDF file inside/);

    const [header, ...rows] = readFileSync(csv, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(header).toBe('来源,结果,报告编号,发布机关,年度,段数,原因,错误代码,详情');
    const byFile = new Map(rows.map((row) => [row.split('","')[0]!.split('/').at(-1)!, row]));
    expect(byFile.size).toBe(8);
    expect(byFile.get('gongxinju.doc')).toMatch(/"新增","[0-9a-f]{12}","福州市工业和信息化局","2024","\d+","","",""$/);
    expect(byFile.get('gaoxinqu.docx')).toContain('"已收录过"');
    expect(byFile.get('旧版.wps')).toMatch(/"未收录",.*"FILE_UNSUPPORTED","旧版\.wps is /);
  }, 180_000);

  it('adds a report by link only where FETCH_ALLOW_PRIVATE=true lets it reach 127.0.0.1', async () => {
    const site = await startReportSite();
    try {
      const url = `${site.url}/r1`; // redirects to the Licheng article page
      const refused = await ingestAsync([url]);
      expect(refused.status).toBe(1);
      expect(refused.stdout).toMatch(/未收录 http:\/\/127\.0\.0\.1:\d+\/r1：这个链接不能抓取.*FETCH_ALLOW_PRIVATE=true/);
      const added = await ingestAsync([url], { FETCH_ALLOW_PRIVATE: 'true' });
      expect(added.status).toBe(0);
      expect(added.stdout).toMatch(/新增 http:\/\/127\.0\.0\.1:\d+\/r1：泉州市鲤城区人民政府 · .* · 2024 · \d+ 段（编号 [0-9a-f]{12}）/);
    } finally {
      await site.close();
    }
  }, 180_000);

  it('refuses a short note given with --org and --year, saying why, and adds nothing', () => {
    const note = join(folder, '..', `note-${process.pid}.txt`);
    writeFileSync(note, '测试市人民政府2024年法治政府建设情况报告。全年办理行政复议案件十二件。');
    const { status, stdout, stderr } = ingest(['--org', '测试市人民政府', '--year', '2024', note]);
    expect(status).toBe(1);
    expect(stdout).toContain('共 1 项：新增 0 份，替换 0 份，已收录过 0 份，未收录 1 份');
    expect(stdout).toMatch(/未收录 .*note-\d+\.txt：正文不到 100 个汉字，不像是一份年度报告（给出 --org、--year 也不例外）/);
    expect(stderr).toMatch(/详情（REPORT_TOO_SHORT）：note-\d+\.txt has \d+ Chinese characters of text; a report has at least 100/);
  }, 120_000);

  it('reports a replacement as replaced, and exits 0 when nothing was refused', () => {
    const { status, stdout } = ingest(['--replace', join(folder, 'shishi-paged.pdf')]);
    expect(status).toBe(0);
    expect(stdout).toContain('共 1 项：新增 0 份，替换 1 份，已收录过 0 份，未收录 0 份');
    expect(stdout).toMatch(/替换 .*shishi-paged\.pdf：石狮市人民政府 · .* · 2023 · \d+ 段（编号 [0-9a-f]{12}，替换了 [0-9a-f]{12}）/);
  }, 120_000);
});
