import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { actor, apiError, fieldOfAction, pageOf } from '../testing/admin.fixture';
import { CatalogAdminService } from './catalog-admin.service';

describe('CatalogAdminService', () => {
  let service: CatalogAdminService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    service = TestBed.inject(CatalogAdminService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads fields of action and actors', () => {
    service.loadFieldsOfAction();
    service.loadActors();
    http.expectOne('/api/v1/fields-of-action?page=1&limit=100').flush(pageOf([fieldOfAction()]));
    http.expectOne('/api/v1/actors?page=1&limit=100').flush(pageOf([actor()]));

    expect(service.fieldsOfAction()).toEqual({ status: 'loaded', value: [fieldOfAction()] });
    expect(service.actors()).toEqual({ status: 'loaded', value: [actor()] });
  });

  it('reports a failed list', () => {
    service.loadActors();
    http.expectOne('/api/v1/actors?page=1&limit=100').flush('down', { status: 503, statusText: 'Unavailable' });

    expect(service.actors()).toEqual({ status: 'failed', reason: 'unavailable' });
  });

  it('creates and renames a field of action, reloading the list after each', async () => {
    const created = service.createFieldOfAction({ name: 'Sport', description: null });
    const post = http.expectOne({ method: 'POST', url: '/api/v1/fields-of-action' });
    expect(post.request.body).toEqual({ name: 'Sport', description: null });
    post.flush(fieldOfAction({ id: 'f-9', name: 'Sport' }));
    await expect(created).resolves.toMatchObject({ id: 'f-9' });
    http.expectOne('/api/v1/fields-of-action?page=1&limit=100').flush(pageOf([]));

    const renamed = service.updateFieldOfAction('f-9', { name: 'Sport und Bewegung' });
    const patch = http.expectOne({ method: 'PATCH', url: '/api/v1/fields-of-action/f-9' });
    expect(patch.request.body).toEqual({ name: 'Sport und Bewegung' });
    patch.flush(fieldOfAction({ id: 'f-9', name: 'Sport und Bewegung' }));
    await expect(renamed).resolves.toMatchObject({ name: 'Sport und Bewegung' });
    http.expectOne('/api/v1/fields-of-action?page=1&limit=100').flush(pageOf([]));
  });

  it('creates and changes actors; a duplicate name rejects with 409 and nothing is reloaded', async () => {
    const created = service.createActor({ name: 'Kita Nord', type: 'education' });
    http
      .expectOne({ method: 'POST', url: '/api/v1/actors' })
      .flush(...apiError(409, 'name: an actor with this name already exists', 'Conflict'));
    await expect(created).rejects.toMatchObject({ status: 409 });

    const changed = service.updateActor('a-1', { type: 'council' });
    http.expectOne({ method: 'PATCH', url: '/api/v1/actors/a-1' }).flush(actor({ type: 'council' }));
    await expect(changed).resolves.toMatchObject({ type: 'council' });
    http.expectOne('/api/v1/actors?page=1&limit=100').flush(pageOf([]));
  });
});
