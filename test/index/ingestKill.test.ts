import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const cli = (script: string, args: string[], dataDir: string, input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', `cli/${script}.ts`, ...args], {
    env: { ...process.env, DATA_DIR: dataDir, MODELS_DIR: inject('modelsDir') },
    input,
    encoding: 'utf8',
    timeout: 120_000,
  });

/** A large report no index has seen: seed paragraphs renumbered so that none is cached. */
function largeReport(dir: string): string {
  const body = readFileSync('seeds/licheng-2024.txt', 'utf8').split('\n').filter((l) => /。/.test(l)).map((l) => l.trim());
  const lines = ['测试市人民政府关于2024年法治政府建设情况的报告', ''];
  for (let part = 1; part <= 12; part++) {
    lines.push(`${'一二三四五六七八九十'[(part - 1) % 10]}、第${part}部分工作情况`, '');
    for (const [i, paragraph] of body.entries()) lines.push(`${paragraph.replace(/。/g, `（第${part}批第${i}条）。`)}`, '');
  }
  const file = join(dir, 'large-report.txt');
  writeFileSync(file, lines.join('\n'));
  return file;
}

describe('ingest killed mid-way', () => {
  it('leaves every earlier report answering exactly as before, and the report can be ingested again', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kill-'));
    copyFileSync(join(inject('seedIndexDir'), 'index.sqlite'), join(dataDir, 'index.sqlite'));
    const questions = readFileSync('eval/dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l).q as string).join('\n');
    const before = cli('ask', ['--json', '--stdin', '--top', '10'], dataDir, questions);
    expect(before.status).toBe(0);
    const file = largeReport(dataDir);

    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/ingest.ts', file], {
      env: { ...process.env, DATA_DIR: dataDir, MODELS_DIR: inject('modelsDir') },
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      let seen = '';
      child.stderr.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        if (/已计算 [1-9]\d*\/~?\d+ 段的向量/.test(seen)) resolve(); // the plain progress line: some batches in
      });
      child.on('exit', () => reject(new Error(`ingest ended before it was killed: ${seen}`)));
    });
    child.kill('SIGKILL');
    await exited;

    const after = cli('ask', ['--json', '--stdin', '--top', '10'], dataDir, questions);
    expect(after.stdout).toBe(before.stdout);
    expect(cli('remove', [], dataDir).stdout).not.toContain('large-report.txt');

    const again = cli('ingest', [file], dataDir);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/新增 .*large-report\.txt：测试市人民政府 .* 2024 · \d+ 段/);
    const found = JSON.parse(cli('ask', ['--json', '测试市第3批第2条'], dataDir).stdout);
    expect(found.results.some((r: { doc: { org: string } }) => r.doc.org === '测试市人民政府')).toBe(true);
  }, 240_000);
});
