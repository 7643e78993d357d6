import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, describe, expect, inject, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'export-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run export --compare', () => {
  it('writes every entry the bot lists, each marked with what it is', async () => {
    const out = join(dir, 'cmp.docx');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'cli/export.ts', '领导干部述法', '--compare', '--format', 'docx', '--out', out], {
      env: { ...process.env, DATA_DIR: inject('seedIndexDir'), MODELS_DIR: inject('modelsDir') },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    const { value: text } = await mammoth.extractRawText({ buffer: readFileSync(out) });
    const entries = text.match(/与主题：[^；]+/g) ?? [];
    expect(result.stdout).toContain(`已导出 ${entries.length} 段原文`);
    expect(entries.length).toBeGreaterThan(1);
    expect(entries.some((e) => e.startsWith('与主题：谈到'))).toBe(true);
    // Reports close in meaning that never name 述法 are exported marked as such, not as addressing it.
    expect(entries.some((e) => e === '与主题：相近的做法，未提到「述法」')).toBe(true);
  });

  it('writes the file where the admin typed the command (INIT_CWD, set by npm), not in the package folder', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'cli/export.ts', '法律顾问', '--format', 'xlsx', '--out', 'answer.xlsx'], {
      env: { ...process.env, DATA_DIR: inject('seedIndexDir'), MODELS_DIR: inject('modelsDir'), INIT_CWD: dir },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'answer.xlsx')).length).toBeGreaterThan(0);
    expect(result.stdout).toContain(join(dir, 'answer.xlsx'));
  });
});
