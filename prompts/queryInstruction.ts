/**
 * Instruction prepended to questions (not passages) before embedding, as the bge-zh-v1.5 model card
 * advises for short-query-to-passage retrieval. Whether it helps here is measured by `npm run eval -- --no-instruction`.
 */
export const QUERY_INSTRUCTION = '为这个句子生成表示以用于检索相关文章：';
