import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it.each(['/overview', '/leitbild', '/measures?status=planned&page=2', '/measures/m-1#history', '/'])(
    'accepts the internal path %s',
    (path) => expect(safeReturnUrl(path)).toBe(path),
  );

  it.each([
    ['another host', '//evil.example/overview'],
    ['another host, backslash form', '/\\evil.example'],
    ['a backslash inside', '/overview\\..\\x'],
    ['an absolute URL', 'https://evil.example/'],
    ['a script URL', 'javascript:alert(1)'],
    ['a relative path', 'overview'],
    ['an empty value', ''],
    ['a control character', '/overview\n//evil.example'],
    ['the login page itself', '/login?returnUrl=%2Foverview'],
    ['a path that long', '/' + 'a'.repeat(2001)],
  ])('rejects %s', (_case, value) => expect(safeReturnUrl(value)).toBeNull());

  it('rejects what is not a string', () => {
    expect(safeReturnUrl(undefined)).toBeNull();
    expect(safeReturnUrl(null)).toBeNull();
    expect(safeReturnUrl(['/overview'])).toBeNull();
  });

  it('keeps pages whose name merely starts with "login"', () => {
    expect(safeReturnUrl('/login-help')).toBe('/login-help');
  });
});
