import iconv from 'iconv-lite';
import { damagedCopyOf, lostCharacters, lostCharactersMessage } from './lost-characters';

/** A text saved as Windows-1252 and read back, as LibreOffice Calc and German Excel do it. */
const throughWindows1252 = (text: string) => iconv.decode(iconv.encode(text, 'win1252'), 'win1252');

describe('lost characters', () => {
  it('recognises names and titles that lost letters to "?" when saved as Windows-1252', () => {
    for (const text of [
      'Ayşe Yılmaz',
      'Kazım Doğan',
      'Partnerschaft mit Łódź und Gdańsk',
      'Iftar für alle – إفطار للجميع',
      'Treffpunkt 😀 Harburg',
    ]) {
      const saved = throughWindows1252(text);
      expect([text, saved, lostCharacters(text, saved)]).toEqual([text, saved, true]);
    }
    expect(throughWindows1252('Ayşe Yılmaz')).toBe('Ay?e Y?lmaz');
  });

  it('recognises the replacement character U+FFFD and one "?" for a character outside the BMP', () => {
    expect(lostCharacters('Ayşe', 'Ay\uFFFDe')).toBe(true);
    expect(lostCharacters('Treffpunkt 😀', 'Treffpunkt ?')).toBe(true);
  });

  it('does not take real edits or text Windows-1252 keeps for a loss', () => {
    expect(lostCharacters('Wer hilft.', 'Wer hilft?')).toBe(false);
    expect(lostCharacters('Was nun', 'Was nun?')).toBe(false);
    expect(lostCharacters('Ayşe Yılmaz', 'Ayşe Yılmaz')).toBe(false);
    expect(lostCharacters('Ayşe Yılmaz', 'Ay?e Yilmaz')).toBe(false);
    expect(lostCharacters('Ayşe Yılmaz', 'Ay?e')).toBe(false);
    expect(lostCharacters('Förderung – „Straße“ €', throughWindows1252('Förderung – „Straße“ €'))).toBe(false);
    expect(lostCharacters('Kazım', 'Kaz?m Doğan')).toBe(false);
  });

  it('finds the known name a damaged cell came from', () => {
    expect(damagedCopyOf(' Kulturverein Do?an ', ['Sprachcafé', 'Kulturverein Doğan'])).toBe('Kulturverein Doğan');
    expect(damagedCopyOf('Kulturverein Dogan', ['Kulturverein Doğan'])).toBeNull();
  });

  it('names the column, both values and the remedy', () => {
    expect(lostCharactersMessage('Name der Ansprechperson', 'Ayşe Yılmaz', 'Ay?e Y?lmaz')).toBe(
      'the cell "Name der Ansprechperson" lost characters when the file was saved: "Ay?e Y?lmaz" instead of ' +
        '"Ayşe Yılmaz"; save the file as "CSV UTF-8" (Excel) or with the character set "Unicode (UTF-8)" ' +
        '(LibreOffice) and check it again',
    );
    const long = lostCharactersMessage('Beschreibung', 'ş'.repeat(200), '?'.repeat(200));
    expect(long).toContain(`"${'?'.repeat(79)}…"`);
  });
});
