import { toWinAnsi } from './win-ansi';

describe('toWinAnsi', () => {
  it('keeps German text and its typography unchanged', () => {
    const text = 'Größere Übergänge für Jugendliche – „Straße & Schule“ … 5 € · §3 Abs. 2 ÄÖÜäöüß';
    expect(toWinAnsi(text)).toBe(text);
  });

  it('drops accents the font lacks and replaces what it cannot show', () => {
    expect(toWinAnsi('Čapek Őrség')).toBe('Capek Orség');
    expect(toWinAnsi('Harburg ırkçılığa hayır diyor')).toBe('Harburg irkçiliga hayir diyor');
    expect(toWinAnsi('Łódź İzmir')).toBe('Lódz Izmir');
    expect(toWinAnsi('😀 Привет')).toBe('? ??????');
  });

  it('turns line breaks and tabs into spaces', () => {
    expect(toWinAnsi('eins\r\nzwei\tdrei')).toBe('eins zwei drei');
  });
});
