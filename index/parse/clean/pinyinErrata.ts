/** One known character that a pinyin-gloss tool destroyed, and its repair. */
export interface PinyinErratum {
  /** The broken text exactly as it appears, with enough context to be unambiguous. */
  broken: string;
  /** What the report printed there, in its own script. */
  repair: string;
  /** Why the repair is right. */
  reason: string;
}

/**
 * Repairs for characters the gloss tool broke: it lost a character's GBK lead byte, printed `?`
 * and the gloss, and left the trailing byte behind as ASCII. Checked by hand against the context.
 */
export const PINYIN_ERRATA: readonly PinyinErratum[] = [
  {
    broken: '緊密?chē)@',
    repair: '緊密圍繞',
    reason: '繞 is GBK C0 40: the "@" is its trailing byte; the phrase is 緊密圍繞省委“1310”具體部署 (qingyuan-gongxinju-2024).',
  },
  {
    broken: '管理?xiàng)l',
    repair: '管理條',
    reason: '條 is GBK 97 6C: the "l" is its trailing byte; the title is 《中華人民共和國無線電管理條例》 (qingyuan-gongxinju-2024).',
  },
];
