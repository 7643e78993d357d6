import { describe, expect, it } from 'vitest';
import { validateQuestion } from '../../bot/handlers/validateQuestion.js';

describe('validateQuestion', () => {
  it('trims and folds whitespace', () => {
    expect(validateQuestion('  法律顾问 \n\n 制度 ')).toEqual({ ok: true, query: '法律顾问 制度' });
  });

  it('refuses the empty, the over-long (in characters, not UTF-16 units) and the wordless', () => {
    expect(validateQuestion(' \n ')).toEqual({ ok: false, reason: 'empty' });
    expect(validateQuestion('法'.repeat(501))).toEqual({ ok: false, reason: 'tooLong', length: 501 });
    expect(validateQuestion('𠀀'.repeat(500)).ok).toBe(true); // 1,000 UTF-16 units, 500 characters
    expect(validateQuestion('👍🎉！？…')).toEqual({ ok: false, reason: 'notWords' });
  });

  it('keeps HTML as text (escaping happens on output)', () => {
    expect(validateQuestion('<b>法律顾问</b>')).toEqual({ ok: true, query: '<b>法律顾问</b>' });
  });
});
