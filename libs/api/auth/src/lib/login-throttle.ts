/** Failed sign-ins counted over this window ... */
export const LOGIN_FAILURE_WINDOW_MS = 15 * 60_000;
/** ... lock an account after this many ... */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** ... and a client address after this many (it may be a shared office address, so it is higher). */
export const MAX_FAILURES_PER_ADDRESS = 30;
