import { HttpClient } from '@angular/common/http';
import { Injectable, Signal, inject } from '@angular/core';
import {
  Actor,
  CreateActorRequest,
  CreateFieldOfActionRequest,
  FieldOfAction,
  UpdateActorRequest,
  UpdateFieldOfActionRequest,
} from '@leitbild-monitor/shared/contracts';
import { API_BASE_URL, RemoteData, RemoteResource } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { firstValueFrom } from 'rxjs';
import { allPages } from './all-pages';

/** The catalogues administrators maintain, by their path below the API's base. */
export type CatalogPath = 'fields-of-action' | 'actors';
/** An entry of either catalogue. */
export type CatalogEntry = FieldOfAction | Actor;

/** Fields of action and actors as administrators maintain them. Writes reject with the HttpErrorResponse. */
@Injectable({ providedIn: 'root' })
export class CatalogAdminService {
  private readonly http = inject(HttpClient);
  private readonly api = inject(API_BASE_URL);
  private readonly lists = {
    'fields-of-action': this.listOf<FieldOfAction>('fields-of-action'),
    actors: this.listOf<Actor>('actors'),
  };

  readonly fieldsOfAction = this.lists['fields-of-action'].state;
  readonly actors = this.lists.actors.state;

  /** The entries of one catalogue, after `load`. */
  entries(path: CatalogPath): Signal<RemoteData<CatalogEntry[]>> {
    return this.lists[path].state;
  }

  load(path: CatalogPath): void {
    this.lists[path].reload();
  }

  async create(path: CatalogPath, request: object): Promise<CatalogEntry> {
    const created = await firstValueFrom(this.http.post<CatalogEntry>(`${this.api}/${path}`, request));
    this.lists[path].reload();
    return created;
  }

  async update(path: CatalogPath, id: string, request: object): Promise<CatalogEntry> {
    const url = `${this.api}/${path}/${encodeURIComponent(id)}`;
    const updated = await firstValueFrom(this.http.patch<CatalogEntry>(url, request));
    this.lists[path].reload();
    return updated;
  }

  loadFieldsOfAction(): void {
    this.load('fields-of-action');
  }

  loadActors(): void {
    this.load('actors');
  }

  createFieldOfAction(request: CreateFieldOfActionRequest): Promise<FieldOfAction> {
    return this.create('fields-of-action', request) as Promise<FieldOfAction>;
  }

  updateFieldOfAction(id: string, request: UpdateFieldOfActionRequest): Promise<FieldOfAction> {
    return this.update('fields-of-action', id, request) as Promise<FieldOfAction>;
  }

  createActor(request: CreateActorRequest): Promise<Actor> {
    return this.create('actors', request) as Promise<Actor>;
  }

  updateActor(id: string, request: UpdateActorRequest): Promise<Actor> {
    return this.update('actors', id, request) as Promise<Actor>;
  }

  private listOf<T>(path: CatalogPath): RemoteResource<T[]> {
    return new RemoteResource(() => allPages<T>(this.http, `${this.api}/${path}`));
  }
}
