import { containsPattern } from './like-pattern';
import { slugify } from './slug';

describe('containsPattern', () => {
  it('lower-cases and escapes the wildcards of the search text', () => {
    expect(containsPattern('Sprach')).toBe('%sprach%');
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});

describe('slugify', () => {
  it('makes readable keys from German names', () => {
    expect(slugify('Deutsch als Sprache')).toBe('deutsch-als-sprache');
    expect(slugify('Zusammenleben in Harburg – Süd & Größe')).toBe('zusammenleben-in-harburg-sued-groesse');
    expect(slugify('Çalışma')).toBe('calisma');
    expect(slugify('!!!')).toBe('item');
    expect(slugify('a'.repeat(100))).toHaveLength(64);
  });
});
