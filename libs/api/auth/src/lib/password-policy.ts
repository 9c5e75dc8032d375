import { ApiProblemException, problem } from '@leitbild-monitor/api/platform';
import { HttpStatus } from '@nestjs/common';

/** Whose password it is: the words a guesser tries first (ASVS 6.2.11). */
export interface PasswordOwner {
  email: string;
  name: string;
}

/** Parts of the e-mail address and name shorter than this are too common to refuse on their own ("an", "de"). */
const MIN_PERSONAL_PART = 3;

let commonPasswords: Promise<ReadonlySet<string>> | null = null;

/**
 * The most common passwords (about 49,000, from the password lists of zxcvbn-ts, lower-cased), loaded on first
 * use: only setting a password needs them, so a server that never does keeps the memory.
 */
function loadCommonPasswords(): Promise<ReadonlySet<string>> {
  commonPasswords ??= import('@zxcvbn-ts/language-common').then(
    ({ dictionary }) => new Set(dictionary['passwords-common'].map((entry) => entry.toLowerCase())),
  );
  return commonPasswords;
}

/**
 * The words of an owner that a password must not contain: the address, the part before the @ and its pieces
 * (`anna.arslan` → `anna`, `arslan`), the name and its pieces. The domain is left out: everyone in the
 * administration shares it.
 */
export function personalWords(owner: PasswordOwner): string[] {
  const email = owner.email.trim().toLowerCase();
  const local = email.split('@')[0];
  const name = owner.name.trim().toLowerCase();
  const words = [email, local, ...local.split(/[.+_-]+/), name.replace(/\s+/g, ''), ...name.split(/[\s.,'’-]+/)];
  return [...new Set(words.filter((word) => [...word].length >= MIN_PERSONAL_PART))];
}

/**
 * Refuses a password that is on the list of the most common ones or contains its owner's e-mail address or name
 * (ASVS 6.2.4, 6.2.11), with a 400 naming the field. Length is the DTO's rule; composition rules there are none.
 */
export async function assertAcceptablePassword(password: string, owner: PasswordOwner, field: string): Promise<void> {
  const lowered = password.toLowerCase();
  if ((await loadCommonPasswords()).has(lowered)) {
    throw new ApiProblemException(
      HttpStatus.BAD_REQUEST,
      problem('password_too_common', field),
      `${field} is one of the most common passwords; choose another one`,
    );
  }
  if (personalWords(owner).some((word) => lowered.includes(word))) {
    throw new ApiProblemException(
      HttpStatus.BAD_REQUEST,
      problem('password_contains_personal_data', field),
      `${field} must not contain the e-mail address or the name`,
    );
  }
}
