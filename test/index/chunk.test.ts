import { describe, expect, it } from 'vitest';
import { chunkReport } from '../../index/parse/chunk.js';
import { packSentences, splitSentences } from '../../index/parse/sentences.js';

const SENTENCES = '严格落实“一次性告知机制”、“窗口无否决权服务机制”等服务机制。实施容缺受理，非关键性材料欠缺的行政审批事项，在申请人作出相应承诺后，即可“边补齐材料，边受理审核”。指导县区完成“五级十五同”办事指南标准化工作，统一规范市、县两级工信领域办事指南。2024年派驻政务服务中心窗口的办事群众满意度为100%。';

describe('splitSentences', () => {
  it('ends sentences at 。；!? with their closing quotes, losing nothing', () => {
    const sentences = splitSentences('积极开展工作。参与检查的执法人员随机抽取；检查活动做到“一抽查一通报。”及时公示');
    expect(sentences).toEqual(['积极开展工作。', '参与检查的执法人员随机抽取；', '检查活动做到“一抽查一通报。”', '及时公示']);
  });
});

describe('packSentences', () => {
  it('splits long text into even chunks at sentence ends, leaving no scrap', () => {
    const chunks = packSentences(splitSentences(SENTENCES), 100);
    expect(chunks.join('')).toBe(SENTENCES);
    expect(chunks.length).toBe(2);
    for (const chunk of chunks) expect(chunk).toMatch(/。$/u);
    expect(Math.min(...chunks.map((c) => c.length))).toBeGreaterThan(50);
  });

  it('never cuts a sentence, even one longer than the limit', () => {
    expect(packSentences(['一'.repeat(120) + '。', '短句。'], 100)).toEqual(['一'.repeat(120) + '。', '短句。']);
  });
});

describe('chunkReport', () => {
  it('numbers passages in reading order and merges a fragment into its section neighbour', () => {
    const section = ['（三）落实行政复议工作'];
    const passages = chunkReport('abc', [
      { section, text: '在行政处罚、行政许可等行政执法文书中，明确注明了相对人行政复议的权利，依法做到告知义务。' },
      { section, text: '2024年未发生行政复议案件。' },
    ]);
    expect(passages).toEqual([
      { id: 'abc:0', reportId: 'abc', ordinal: 0, section, text: '在行政处罚、行政许可等行政执法文书中，明确注明了相对人行政复议的权利，依法做到告知义务。2024年未发生行政复议案件。' },
    ]);
  });

  it('joins a short intro to the first item below it', () => {
    const passages = chunkReport('abc', [
      { section: ['(一)依法全面履行政府職能'], text: '我局按要求健全了清單化履職機制。' },
      { section: ['(一)依法全面履行政府職能', '做好行政職權事項梳理調整'], text: '一是做好行政職權事項梳理調整,及時更新完善了權責事項清單。' },
    ]);
    expect(passages.map((p) => [p.section.at(-1), p.text])).toEqual([['做好行政職權事項梳理調整', '我局按要求健全了清單化履職機制。一是做好行政職權事項梳理調整,及時更新完善了權責事項清單。']]);
  });

  it('splits a long block at sentence ends within maxChars', () => {
    const passages = chunkReport('abc', [{ section: ['一、'], text: SENTENCES }], { maxChars: 100 });
    expect(passages.map((p) => p.text).join('')).toBe(SENTENCES);
    for (const p of passages) expect(p.text.length).toBeLessThanOrEqual(100);
  });
});
