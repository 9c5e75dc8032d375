import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  Actor,
  CreateActorRequest,
  CreateFieldOfActionRequest,
  FieldOfAction,
  UpdateActorRequest,
  UpdateFieldOfActionRequest,
} from '@leitbild-monitor/shared/contracts';
import { RemoteResource } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { firstValueFrom } from 'rxjs';
import { allPages } from './all-pages';

export const FIELDS_OF_ACTION_API = '/api/v1/fields-of-action';
export const ACTORS_API = '/api/v1/actors';

/** Fields of action and actors as administrators maintain them. Writes reject with the HttpErrorResponse. */
@Injectable({ providedIn: 'root' })
export class CatalogAdminService {
  private readonly http = inject(HttpClient);
  private readonly fieldsResource = new RemoteResource(() => allPages<FieldOfAction>(this.http, FIELDS_OF_ACTION_API));
  private readonly actorsResource = new RemoteResource(() => allPages<Actor>(this.http, ACTORS_API));

  readonly fieldsOfAction = this.fieldsResource.state;
  readonly actors = this.actorsResource.state;

  loadFieldsOfAction(): void {
    this.fieldsResource.reload();
  }

  loadActors(): void {
    this.actorsResource.reload();
  }

  async createFieldOfAction(request: CreateFieldOfActionRequest): Promise<FieldOfAction> {
    const created = await firstValueFrom(this.http.post<FieldOfAction>(FIELDS_OF_ACTION_API, request));
    this.fieldsResource.reload();
    return created;
  }

  async updateFieldOfAction(id: string, request: UpdateFieldOfActionRequest): Promise<FieldOfAction> {
    const updated = await firstValueFrom(
      this.http.patch<FieldOfAction>(`${FIELDS_OF_ACTION_API}/${encodeURIComponent(id)}`, request),
    );
    this.fieldsResource.reload();
    return updated;
  }

  async createActor(request: CreateActorRequest): Promise<Actor> {
    const created = await firstValueFrom(this.http.post<Actor>(ACTORS_API, request));
    this.actorsResource.reload();
    return created;
  }

  async updateActor(id: string, request: UpdateActorRequest): Promise<Actor> {
    const updated = await firstValueFrom(this.http.patch<Actor>(`${ACTORS_API}/${encodeURIComponent(id)}`, request));
    this.actorsResource.reload();
    return updated;
  }
}
