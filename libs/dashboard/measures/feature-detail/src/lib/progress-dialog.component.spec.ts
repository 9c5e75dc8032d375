import { parseProgressInput } from './progress-dialog.component';

describe('parseProgressInput', () => {
  it('reads whole numbers from 0 to 100 and an empty field as "keep the current value"', () => {
    expect(parseProgressInput('0')).toBe(0);
    expect(parseProgressInput(' 100 ')).toBe(100);
    expect(parseProgressInput('')).toBeNull();
    expect(parseProgressInput('   ')).toBeNull();
  });

  it('rejects everything else', () => {
    for (const text of ['101', '-1', '4.5', '4,5', '1e2', 'viel', '0x10']) {
      expect(parseProgressInput(text)).toBeUndefined();
    }
  });
});
