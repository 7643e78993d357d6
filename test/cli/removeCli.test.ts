import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IndexWriter, MODEL_DIM, MODEL_ID } from '../../index/index.js';

function remove(args: string[], dataDir: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'cli/remove.ts', ...args], { env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run remove', () => {
  it('says in Chinese how to make an index when there is none, with the code and the path as detail', () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'remove-cli-')), 'nothing-here');
    const { status, stderr } = remove([], dataDir);
    expect(status).toBe(1);
    expect(stderr).toContain('错误：还没有建立索引：请先运行 npm run index');
    expect(stderr).toMatch(/详情（INDEX_MISSING）：no index at .*nothing-here/);
  });

  it('lists no reports of an empty index, and names an unknown id with how to list them', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'remove-cli-'));
    IndexWriter.open(dataDir, { modelId: MODEL_ID, dim: MODEL_DIM }, { create: true }).close();
    const list = remove([], dataDir);
    expect(list.status).toBe(0);
    expect(list.stdout).toBe('用法：npm run remove -- 报告编号|文件名 …\n已收录的报告（编号  文件名  发布机关 · 年度 · 段数）：\n  （索引中还没有报告）\n');
    const missing = remove(['0123456789ab'], dataDir);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('没有编号或文件名为 0123456789ab 的报告：运行 npm run remove（不带参数）可列出全部报告及其编号。\n');
  });
});
