import { rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startConsole } from '../../bot/console/startConsole.js';
import { silentLogger } from '../../bot/log/logger.js';
import { loadConfig } from '../../config/index.js';
import { createFakeSearcher } from '../support/fakeSearcher.js';

/** Types `lines` into a console session and returns everything it printed. */
async function session(lines: string[], languageCode = 'zh'): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const running = await startConsole(loadConfig({}), createFakeSearcher(), { input, output, color: false, languageCode, logger: silentLogger });
  input.end(lines.map((l) => `${l}\n`).join(''));
  await running.stopped;
  return printed;
}

describe('console front end (no token)', () => {
  it('shows /start with the reports and numbered example buttons, and typing a number presses one', async () => {
    const out = await session(['/start', '1']);
    expect(out).toContain('石狮市人民政府（2023年）');
    expect(out).toContain('[1] 各地法律顾问制度落实得怎么样');
    expect(out).toContain('关于「各地法律顾问制度落实得怎么样」');
    expect(out).toMatch(/\[\d+\] 上下文 1/);
  });

  it('renders HTML plainly: no tags, entities decoded, quotes barred, the answering sentence in **bold**', async () => {
    const out = await session(['法律顾问 & 配备 a<b']);
    expect(out).toContain('关于「法律顾问 & 配备 a<b」');
    expect(out).not.toMatch(/<\/?(b|blockquote)>|&amp;|&lt;/);
    expect(out).toMatch(/^│ .*\*\*[^*]+\*\*/m);
  });

  it('presses answer buttons: more results, compare, feedback toasts; says so for a number with no button', async () => {
    const out = await session(['行政', '6', '99']);
    expect(out).toContain('第 6–7 条');
    expect(out).toContain('没有这个按钮编号。');
  });

  it('offers inline mode as "@ keywords", and /stats to the console user', async () => {
    const out = await session(['@ 法律顾问', '/stats']);
    expect(out).toMatch(/\(1\) 福州市工业和信息化局2024年法治政府建设工作报告 · /);
    expect(out).toContain('使用统计');
  });

  it('switches to English with :en', async () => {
    const out = await session([':en', '/help']);
    expect(out).toContain('Rule-of-law government reports, answered from the source');
  });

  it('saves a document the bot sends (an export) to the temporary folder and shows its path', async () => {
    const first = await session(['法律顾问']);
    const number = /\[(\d+)\] 导出 Excel/.exec(first)?.[1];
    expect(number).toBeDefined();
    const out = await session(['法律顾问', number!]);
    const path = /📎 (\S+\.xlsx) → (\S+)/.exec(out)?.[2];
    expect(path).toBeDefined();
    expect(statSync(path!).size).toBeGreaterThan(1000);
    rmSync(dirname(path!), { recursive: true, force: true });
  });
});
