import { ApiProblemException } from '@leitbild-monitor/api/platform';
import { assertAcceptablePassword, personalWords } from './password-policy';

const anna = { email: 'anna.arslan@harburg.example', name: 'Anna Arslan' };

async function codeOf(password: string, owner = anna): Promise<string | null> {
  try {
    await assertAcceptablePassword(password, owner, 'password');
    return null;
  } catch (error) {
    if (!(error instanceof ApiProblemException)) throw error;
    expect(error.getStatus()).toBe(400);
    expect(error.problems[0].field).toBe('password');
    return error.problems[0].code;
  }
}

describe('assertAcceptablePassword', () => {
  it.each(['password', '12345678', 'Passwort', 'hallo123', 'iloveyou', 'PASSWORD1'])(
    'refuses the common password %s, whatever its case',
    async (password) => {
      expect(await codeOf(password)).toBe('password_too_common');
    },
  );

  it.each(['anna.arslan@harburg.example', 'Arslan-2026-xyz!', 'xx-anna-xx-12', 'annaarslan99'])(
    'refuses %s, which contains the e-mail address or name',
    async (password) => {
      expect(await codeOf(password)).toBe('password_contains_personal_data');
    },
  );

  it.each(['Kanal-Fähre-Deich-7', 'correct horse battery staple', 'hb-2026-Wilhelmsburg'])(
    'accepts %s',
    async (password) => {
      expect(await codeOf(password)).toBeNull();
    },
  );

  it('knows at least the 10,000 most common passwords', async () => {
    const { dictionary } = await import('@zxcvbn-ts/language-common');
    expect(dictionary['passwords-common'].length).toBeGreaterThanOrEqual(10_000);
    expect(await codeOf(dictionary['passwords-common'][9_999])).toBe('password_too_common');
  });
});

describe('personalWords', () => {
  it('takes the address, its local part and pieces and the name, but not the shared domain', () => {
    expect(personalWords(anna)).toEqual(['anna.arslan@harburg.example', 'anna.arslan', 'anna', 'arslan', 'annaarslan']);
    expect(personalWords({ email: 'li@example.org', name: 'Li Wu' })).toEqual(['li@example.org', 'liwu']);
  });
});
