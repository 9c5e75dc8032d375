import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { apiError, apiToken } from '../testing/admin.fixture';
import { AccountService } from './account.service';

describe('AccountService', () => {
  let service: AccountService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    service = TestBed.inject(AccountService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists, creates and revokes own tokens', async () => {
    service.loadTokens();
    http.expectOne({ method: 'GET', url: '/api/v1/auth/tokens' }).flush([apiToken()]);
    expect(service.tokens()).toEqual({ status: 'loaded', value: [apiToken()] });

    const created = service.createToken('Export');
    const post = http.expectOne({ method: 'POST', url: '/api/v1/auth/tokens' });
    expect(post.request.body).toEqual({ name: 'Export' });
    post.flush({ id: 't-2', token: 'lbm_secret' });
    await expect(created).resolves.toEqual({ id: 't-2', token: 'lbm_secret' });
    http.expectOne('/api/v1/auth/tokens').flush([apiToken(), apiToken({ id: 't-2', name: 'Export' })]);

    const revoked = service.revokeToken('t-2');
    http.expectOne({ method: 'DELETE', url: '/api/v1/auth/tokens/t-2' }).flush(null, { status: 204, statusText: '' });
    await revoked;
    http.expectOne('/api/v1/auth/tokens').flush([apiToken()]);
    expect(service.tokens()).toEqual({ status: 'loaded', value: [apiToken()] });
  });

  it('changes the own password and reloads the tokens, which the change ended', async () => {
    const changed = service.changePassword('alt-passwort', 'neu-passwort');
    const post = http.expectOne({ method: 'POST', url: '/api/v1/auth/password' });
    expect(post.request.body).toEqual({ currentPassword: 'alt-passwort', newPassword: 'neu-passwort' });
    post.flush(null, { status: 204, statusText: 'No Content' });
    await changed;

    http.expectOne('/api/v1/auth/tokens').flush([]);
  });

  it('rejects a wrong current password with the API error', async () => {
    const changed = service.changePassword('falsch', 'neu-passwort');
    http.expectOne('/api/v1/auth/password').flush(...apiError(400, 'currentPassword is wrong'));

    await expect(changed).rejects.toMatchObject({ status: 400 });
  });
});
