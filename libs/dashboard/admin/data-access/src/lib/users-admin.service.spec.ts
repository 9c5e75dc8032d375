import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { adminUser, apiError, pageOf } from '../testing/admin.fixture';
import { UsersAdminService } from './users-admin.service';

describe('UsersAdminService', () => {
  let service: UsersAdminService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    service = TestBed.inject(UsersAdminService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads every page of users', () => {
    const first = Array.from({ length: 100 }, (_, i) => adminUser({ id: `u-${i}` }));
    service.load();
    http.expectOne('/api/v1/users?page=1&limit=100').flush(pageOf(first, 1, 100, 101));
    expect(service.users().status).toBe('loading');
    http.expectOne('/api/v1/users?page=2&limit=100').flush(pageOf([adminUser({ id: 'u-last' })], 2, 100, 101));

    const state = service.users();
    expect(state.status === 'loaded' && state.value.map((user) => user.id)).toEqual([
      ...first.map((user) => user.id),
      'u-last',
    ]);
  });

  it('creates a user and reloads the list', async () => {
    const request = {
      email: 'e@example.org',
      name: 'Eva',
      role: 'editor' as const,
      password: 'geheim-123',
      actorId: 'a-1',
    };
    const created = service.create(request);
    const post = http.expectOne({ method: 'POST', url: '/api/v1/users' });
    expect(post.request.body).toEqual(request);
    post.flush(adminUser({ id: 'u-2', role: 'editor' }));

    await expect(created).resolves.toMatchObject({ id: 'u-2' });
    http.expectOne('/api/v1/users?page=1&limit=100').flush(pageOf([]));
  });

  it('changes a user with PATCH and rejects with the API error', async () => {
    const updated = service.update('u/1', { active: false });
    const patch = http.expectOne({ method: 'PATCH', url: '/api/v1/users/u%2F1' });
    expect(patch.request.body).toEqual({ active: false });
    patch.flush(...apiError(400, 'an administrator cannot deactivate or demote their own account'));

    await expect(updated).rejects.toMatchObject({ status: 400 });
  });

  it('resets a password without reloading the list', async () => {
    const reset = service.resetPassword('u-3', 'neues-passwort');
    const post = http.expectOne({ method: 'POST', url: '/api/v1/users/u-3/password' });
    expect(post.request.body).toEqual({ password: 'neues-passwort' });
    post.flush(null, { status: 204, statusText: 'No Content' });

    await expect(reset).resolves.toBeUndefined();
  });
});
