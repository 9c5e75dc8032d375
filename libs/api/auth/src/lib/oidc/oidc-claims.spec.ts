import type { OidcRoleGrant } from '@leitbild-monitor/api/platform';
import { claimAt, claimValues, grantFor, profileOf } from './oidc-claims';

describe('claimAt', () => {
  const claims = {
    groups: ['a', 'b'],
    realm_access: { roles: ['lbm-admin'] },
    resource_access: { 'leitbild-monitor': { roles: ['editor'] } },
    'http://schemas.microsoft.com/ws/2008/06/identity/claims/role': 'LBM-Redaktion',
  };

  it('reads a claim, a dotted path into nested objects, and a claim whose name has dots (AD FS)', () => {
    expect(claimAt(claims, 'groups')).toEqual(['a', 'b']);
    expect(claimAt(claims, 'realm_access.roles')).toEqual(['lbm-admin']);
    expect(claimAt(claims, 'resource_access.leitbild-monitor.roles')).toEqual(['editor']);
    expect(claimAt(claims, 'http://schemas.microsoft.com/ws/2008/06/identity/claims/role')).toBe('LBM-Redaktion');
  });

  it('is undefined where there is nothing, also for paths through lists and inherited properties', () => {
    expect(claimAt(claims, 'role')).toBeUndefined();
    expect(claimAt(claims, 'realm_access.groups')).toBeUndefined();
    expect(claimAt(claims, 'groups.0')).toBeUndefined();
    expect(claimAt(claims, 'groups.length')).toBeUndefined();
    expect(claimAt(claims, 'realm_access.constructor')).toBeUndefined();
    expect(claimAt(null, 'groups')).toBeUndefined();
  });
});

describe('claimValues', () => {
  it('takes one value or a list, as text, and nothing else', () => {
    expect(claimValues('admin')).toEqual(['admin']);
    expect(claimValues(['a', 7, true, null, { x: 1 }, ['nested']])).toEqual(['a', '7', 'true']);
    expect(claimValues(undefined)).toEqual([]);
    expect(claimValues({ roles: ['a'] })).toEqual([]);
  });
});

describe('grantFor', () => {
  const map: [string, OidcRoleGrant][] = [
    ['viewers', { role: 'viewer', actor: null }],
    ['sozialraum', { role: 'editor', actor: 'Sozialraummanagement' }],
    ['integration', { role: 'editor', actor: 'Integrationsbüro' }],
    ['council', { role: 'reviewer', actor: null }],
    ['admins', { role: 'admin', actor: null }],
  ];

  it('grants the entry with the most rights the user holds; among equal roles the first of the map', () => {
    expect(grantFor(['viewers', 'council'], map)).toEqual({ role: 'reviewer', actor: null });
    expect(grantFor(['integration', 'viewers', 'sozialraum'], map)).toEqual({
      role: 'editor',
      actor: 'Sozialraummanagement',
    });
    expect(grantFor(['viewers', 'admins', 'sozialraum'], map)).toEqual({ role: 'admin', actor: null });
  });

  it('grants nothing for values that are not in the map, compared exactly', () => {
    expect(grantFor([], map)).toBeNull();
    expect(grantFor(['Admins', 'admins ', 'staff'], map)).toBeNull();
  });
});

describe('profileOf', () => {
  it('takes e-mail and name from the first source that has them, lower-casing the address', () => {
    expect(profileOf({ sub: 'x' }, { email: 'Anna.Arslan@Example.org', name: ' Anna  Arslan ' })).toEqual({
      email: 'anna.arslan@example.org',
      name: 'Anna Arslan',
    });
    expect(profileOf({ email: 'a@example.org', name: 'From the token' }, { name: 'From userinfo' }).name).toBe(
      'From the token',
    );
  });

  it('falls back to upn or preferred_username for the address, and to given and family name for the name', () => {
    expect(profileOf({ upn: 'max.muster@harburg.example', given_name: 'Max', family_name: 'Muster' })).toEqual({
      email: 'max.muster@harburg.example',
      name: 'Max Muster',
    });
    expect(profileOf({ preferred_username: 'pia@example.org' })).toEqual({
      email: 'pia@example.org',
      name: 'pia@example.org',
    });
    expect(profileOf({ preferred_username: 'pia', email: 'not an address' })).toEqual({ email: null, name: 'pia' });
  });
});
