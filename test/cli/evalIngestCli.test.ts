import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('npm run eval:ingest', () => {
  it('prints the metadata read beside the manifest in Chinese, marks a field that differs, and sums up per field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-ingest-'));
    copyFileSync('test/fixtures/corpus-dev/lizi-2025.txt', join(dir, 'lizi-2025.txt'));
    copyFileSync('test/fixtures/corpus-dev/zezhou-jtj-2025.txt', join(dir, 'zezhou-jtj-2025.txt'));
    copyFileSync('test/fixtures/corpus-dev/guilin-2018.txt', join(dir, 'extra.txt'));
    const manifest = join(dir, 'manifest.json');
    writeFileSync(manifest, JSON.stringify([
      { file: 'lizi-2025.txt', issuer: '丰都县栗子乡人民政府', region: ['重庆市', '丰都县', '栗子乡'], level: 'township', year: 2025, title: '丰都县栗子乡人民政府2025年法治政府建设情况报告' },
      { file: 'zezhou-jtj-2025.txt', issuer: '泽州县交通运输局', region: ['山西省', '晋城市', '泽州县'], level: 'department', year: 2024, title: '泽州县交通运输局2025年法治政府建设报告' },
    ]));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'cli/evalIngest.ts', dir, '--manifest', manifest], { encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('extra.txt：不在清单中');
    expect(run.stdout).toContain('  ✓ 发布机关  丰都县栗子乡人民政府');
    expect(run.stdout).toContain('  ✓ 层级  乡镇街道');
    expect(run.stdout).toContain('  ✗ 年度  2025   （清单：2024）');
    expect(run.stdout).toMatch(/：2 个文件\n字段/);
    expect(run.stdout).toMatch(/年度　　 +1 \/ 2 +0\.500/);
    expect(run.stdout).toContain('清单写明了发布机关却会被拒收的文件：无');
  }, 150_000);
});
