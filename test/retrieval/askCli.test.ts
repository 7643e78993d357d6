import { spawnSync } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';

function ask(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'cli/ask.ts', ...args], {
    env: { ...process.env, DATA_DIR: inject('seedIndexDir'), MODELS_DIR: inject('modelsDir') },
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run ask', () => {
  it('prints the JSON contract: query, found, results with text, source, doc, section, score', () => {
    const { status, stdout } = ask(['--json', '--top', '3', '福州工信局受理了多少来信来访']);
    expect(status).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer.query).toBe('福州工信局受理了多少来信来访');
    expect(answer.found).toBe(true);
    expect(answer.results.length).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(ask(['--json', '--top', '3', '各地法律顾问制度落实得怎么样']).stdout).results).toHaveLength(3);
    const first = answer.results[0];
    expect(first.text).toContain('受理来信来访31件');
    expect(first.source).toContain('福州市工业和信息化局');
    expect(first.doc).toMatchObject({ org: '福州市工业和信息化局', year: 2024 });
    expect(typeof first.doc.id).toBe('string');
    expect(typeof first.doc.title).toBe('string');
    expect(typeof first.doc.region).toBe('string');
    expect(typeof first.section).toBe('string');
    expect(typeof first.score).toBe('number');
    const [start, end] = first.highlights[0];
    expect(first.text.slice(start, end)).toContain('来信来访');
  });

  it('answers one JSON line per question line with --stdin, in order', () => {
    const { status, stdout } = ask(['--json', '--stdin'], '石狮市场主体总数有多少\n股票明天会涨吗\n\n');
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.query)).toEqual(['石狮市场主体总数有多少', '股票明天会涨吗', '']);
    expect(lines.map((l) => l.found)).toEqual([true, false, false]);
    expect(lines[2].error).toContain('问题是空的');
  });

  it('gives a clear message, never a crash, for bad input', () => {
    for (const [question, message] of [['   ', '问题是空的'], ['法'.repeat(10_000), '问题太长了'], ['😀😀🎉', '没有文字'], ['？？！！。。', '没有文字']]) {
      const { status, stdout } = ask(['--json', question!]);
      expect(status, question!.slice(0, 10)).toBe(0);
      const answer = JSON.parse(stdout);
      expect(answer.found).toBe(false);
      expect(answer.error).toContain(message);
    }
  });

  it('prints readable citations and quotes, and says so when nothing is found', () => {
    const found = ask(['--top', '2', '闽执法平台线上办理了多少案件']);
    expect(found.stdout).toMatch(/^1\. 泉州市鲤城区人民政府关于2024年法治政府建设情况的报告 · .+\n {3}.*【.*线上办理案件12596件.*】/m);
    expect(ask(['明天天气怎么样']).stdout).toContain('没有找到');
  });

  it('asks for the topic, as the bot does, when a question names a place and no topic', () => {
    const { status, stdout } = ask(['石狮市2023年做了哪些工作']);
    expect(status).toBe(0);
    expect(stdout).toContain('「石狮市2023年做了哪些工作」没有说明要查哪方面的工作');
    expect(stdout).not.toContain('没有找到');
  });

  it('shows usage for a missing question', () => {
    const { status, stderr } = ask([]);
    expect(status).toBe(2);
    expect(stderr).toContain('用法');
  });

  it('says what was wrong with --top before the usage', () => {
    for (const top of ['1000', '0', 'abc']) {
      const { status, stderr } = ask(['--top', top, '法律顾问']);
      expect(status).toBe(2);
      expect(stderr).toContain(`--top ${top}：应为 1 到 50 之间的整数`);
    }
  });
});
