import { DEFAULT_RETURN_TO, safeReturnTo } from './oidc-return-to';

describe('safeReturnTo', () => {
  it.each([
    '/overview',
    '/measures?status=planned&page=2',
    '/measures/0b6c9c4e-1111-4222-8333-444455556666',
    '/',
    '/reports#top',
  ])('keeps the dashboard path %s', (path) => expect(safeReturnTo(path)).toBe(path));

  it.each([
    undefined,
    42,
    '',
    'overview',
    'https://evil.example/overview',
    '//evil.example/overview',
    '/\\evil.example',
    '/overview\\..\\api',
    '/api/v1/users',
    '/api/v1/auth/oidc/login',
    '/login',
    '/login?sso=failed',
    '/overview/../api/v1/users',
    '/overview/%2e%2e/api/v1/users',
    '/%2F%2Fevil.example',
    '/unknown-section',
    '/overview\n',
    '/overview%',
    `/measures?q=${'x'.repeat(2000)}`,
  ])('ignores %j and goes to the overview', (value) => expect(safeReturnTo(value)).toBe(DEFAULT_RETURN_TO));
});
