/**
 * How failed sign-ins slow down password guessing without letting anyone lock another person out.
 *
 * Failures are counted per account *and* client address together: an address gets a few free tries at an
 * account, then has to wait before each further try, twice as long each time. Another address — the rightful
 * user at their desk — is not affected by them. Separately, an address that fails at many accounts (password
 * spraying) is stopped for all accounts for a while. Only attempts that reached the password check count: an
 * attempt refused by the throttle neither counts as a failure nor extends the wait.
 */

/** Failures of one address at one account are remembered this long ... */
export const PAIR_WINDOW_MS = 24 * 60 * 60_000;
/** ... the first this many cost nothing ... */
export const FREE_FAILURES_PER_PAIR = 5;
/** ... then each further try waits this long after the last failure, doubled with every failure ... */
export const FIRST_DELAY_MS = 30_000;
/** ... up to this much. */
export const MAX_DELAY_MS = 60 * 60_000;

/** Failures of one address at any account within this window ... */
export const ADDRESS_WINDOW_MS = 15 * 60_000;
/** ... stop that address once there are this many (a shared office address, so it is higher). */
export const MAX_FAILURES_PER_ADDRESS = 30;

/** The failures that count against one attempt, earlier than it (in the order attempts were recorded). */
export interface FailuresBefore {
  /** By this address at this account within PAIR_WINDOW_MS, and when the latest of them happened (ms). */
  pair: { count: number; latestAt: number | null };
  /** By this address at any account within ADDRESS_WINDOW_MS, and when the oldest of them happened (ms). */
  address: { count: number; oldestAt: number | null };
}

/** The wait after `failures` failures of one address at one account: none for the first few, then doubling. */
export function delayAfter(failures: number): number {
  if (failures < FREE_FAILURES_PER_PAIR) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - FREE_FAILURES_PER_PAIR));
}

/** How many milliseconds the attempt must still wait; 0 when it may go to the password check. */
export function waitBeforeAttempt(failures: FailuresBefore, now: number): number {
  const pairDelay = delayAfter(failures.pair.count);
  const pairWait = pairDelay > 0 && failures.pair.latestAt !== null ? failures.pair.latestAt + pairDelay - now : 0;
  const addressWait =
    failures.address.count >= MAX_FAILURES_PER_ADDRESS && failures.address.oldestAt !== null
      ? failures.address.oldestAt + ADDRESS_WINDOW_MS - now
      : 0;
  return Math.max(0, pairWait, addressWait);
}
