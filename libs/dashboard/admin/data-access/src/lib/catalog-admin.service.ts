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
import { API_BASE_URL, RemoteResource } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { firstValueFrom } from 'rxjs';
import { allPages } from './all-pages';

/** Fields of action and actors as administrators maintain them. Writes reject with the HttpErrorResponse. */
@Injectable({ providedIn: 'root' })
export class CatalogAdminService {
  private readonly http = inject(HttpClient);
  private readonly fieldsUrl = `${inject(API_BASE_URL)}/fields-of-action`;
  private readonly actorsUrl = `${inject(API_BASE_URL)}/actors`;
  private readonly fieldsResource = new RemoteResource(() => allPages<FieldOfAction>(this.http, this.fieldsUrl));
  private readonly actorsResource = new RemoteResource(() => allPages<Actor>(this.http, this.actorsUrl));

  readonly fieldsOfAction = this.fieldsResource.state;
  readonly actors = this.actorsResource.state;

  loadFieldsOfAction(): void {
    this.fieldsResource.reload();
  }

  loadActors(): void {
    this.actorsResource.reload();
  }

  async createFieldOfAction(request: CreateFieldOfActionRequest): Promise<FieldOfAction> {
    const created = await firstValueFrom(this.http.post<FieldOfAction>(this.fieldsUrl, request));
    this.fieldsResource.reload();
    return created;
  }

  async updateFieldOfAction(id: string, request: UpdateFieldOfActionRequest): Promise<FieldOfAction> {
    const updated = await firstValueFrom(
      this.http.patch<FieldOfAction>(`${this.fieldsUrl}/${encodeURIComponent(id)}`, request),
    );
    this.fieldsResource.reload();
    return updated;
  }

  async createActor(request: CreateActorRequest): Promise<Actor> {
    const created = await firstValueFrom(this.http.post<Actor>(this.actorsUrl, request));
    this.actorsResource.reload();
    return created;
  }

  async updateActor(id: string, request: UpdateActorRequest): Promise<Actor> {
    const updated = await firstValueFrom(
      this.http.patch<Actor>(`${this.actorsUrl}/${encodeURIComponent(id)}`, request),
    );
    this.actorsResource.reload();
    return updated;
  }
}
