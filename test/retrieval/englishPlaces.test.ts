import { describe, expect, it } from 'vitest';
import { englishPlaces } from '../../retrieval/analysis/englishPlaces.js';

describe('englishPlaces', () => {
  it('reads capitalised place names through the pinyin of every province, prefecture and county', () => {
    expect(englishPlaces('What did Baoding do on legal advisers?')).toEqual([{ written: 'Baoding', names: ['保定市'] }]);
    expect(englishPlaces('Taizhou legal advisers')[0]?.names.sort()).toEqual(['台州市', '泰州市']);
    expect(englishPlaces('Hainan administrative reconsideration')[0]?.names).toContain('海南省');
  });

  it('finds nothing in an English question that names no place', () => {
    expect(englishPlaces('How do local governments implement the three systems?')).toEqual([]);
    expect(englishPlaces('What Does Government Report Say About Law Enforcement Training Programs Every Year?')).toEqual([]);
  });
});
