/** For `test.use(...)` in specs of pages that must work without signing in. */
export const anonymous = { storageState: { cookies: [], origins: [] } };
