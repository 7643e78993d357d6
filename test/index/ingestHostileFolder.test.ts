import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { buildZip, deflateRepeated } from '../support/buildZip.js';

// `npm run ingest -- FOLDER` goes on past hostile files, saying for each which limit it passed (issue 13).
describe('ingesting a folder with hostile files in it', () => {
  it('refuses the zip bomb and the over-tagged page with the limit named, and adds the report after them', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hostile-folder-'));
    copyFileSync(join(inject('seedIndexDir'), 'index.sqlite'), join(dataDir, 'index.sqlite'));
    const folder = join(dataDir, 'inbox');
    mkdirSync(folder);
    const types = Buffer.from('<?xml version="1.0"?><Types/>');
    const bomb = buildZip([
      { name: '[Content_Types].xml', deflated: deflateRawSync(types), inflatedSize: types.length },
      { name: 'word/document.xml', deflated: await deflateRepeated(100 * 1024 * 1024), inflatedSize: 100 * 1024 * 1024 },
    ]);
    writeFileSync(join(folder, 'a-bomb.docx'), bomb);
    writeFileSync(join(folder, 'b-tags.html'), `<html><body>${'<i>'.repeat(210_000)}</body></html>`);
    const report = readFileSync('seeds/shishi-2023.txt', 'utf8').replace(/石狮/g, '测试');
    writeFileSync(join(folder, 'c-report.txt'), report);

    const run = spawnSync(process.execPath, ['--import', 'tsx', 'cli/ingest.ts', folder], {
      env: { ...process.env, DATA_DIR: dataDir, MODELS_DIR: inject('modelsDir') },
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(run.status, run.stderr).toBe(1); // some files were not added
    expect(run.stderr).toMatch(/未收录 .*a-bomb\.docx：文件超出处理限制.*\n  详情（FILE_TOO_COMPLEX）：a-bomb\.docx unpacks to more than 64 MiB \(the limit\)/);
    expect(run.stderr).toMatch(/未收录 .*b-tags\.html：文件超出处理限制.*\n  详情（FILE_TOO_COMPLEX）：b-tags\.html has 21000\d HTML tags; the limit is 200000/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack traces for refusals
    expect(run.stdout).toMatch(/新增 .*c-report\.txt：测试市人民政府/);
  }, 240_000);
});
