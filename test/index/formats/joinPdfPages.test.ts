import { describe, expect, it } from 'vitest';
import { joinPdfPages } from '../../../index/formats/joinPdfPages.js';

const page = (startsParagraph: boolean, ...paragraphs: string[]) => ({ startsParagraph, paragraphs });

describe('joinPdfPages', () => {
  it('joins a sentence the page boundary broke', () => {
    expect(joinPdfPages([page(true, '标题', '深入学习贯彻党的二十大精神和习近平法治思想，研'), page(false, '究部署法治政府建设工作。')])).toBe(
      '标题\n\n深入学习贯彻党的二十大精神和习近平法治思想，研究部署法治政府建设工作。',
    );
  });

  it('keeps paragraphs apart after sentence-final punctuation', () => {
    for (const end of ['。', '！', '？', '；', '：', '…', '”', '）']) {
      expect(joinPdfPages([page(true, `完成整改${end}`), page(false, '开展规范性文件清理。')])).toBe(`完成整改${end}\n\n开展规范性文件清理。`);
    }
  });

  it('keeps a heading apart from an indented paragraph on the next page', () => {
    expect(joinPdfPages([page(true, '二、深入开展示范创建活动'), page(true, '根据中央全面依法治国委员会办公室部署。')])).toBe(
      '二、深入开展示范创建活动\n\n根据中央全面依法治国委员会办公室部署。',
    );
  });

  it('skips empty pages', () => {
    expect(joinPdfPages([page(true, '依法行政，'), page(false), page(false, '持续推进。')])).toBe('依法行政，持续推进。');
  });
});
