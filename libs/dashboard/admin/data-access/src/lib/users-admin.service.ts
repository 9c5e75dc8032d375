import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { CreateUserRequest, ResetPasswordRequest, UpdateUserRequest, User } from '@leitbild-monitor/shared/contracts';
import { API_BASE_URL, RemoteResource } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { firstValueFrom } from 'rxjs';
import { allPages } from './all-pages';

/** The user accounts, for administrators. Writes reject with the HttpErrorResponse (its `problems`, see apiProblems). */
@Injectable({ providedIn: 'root' })
export class UsersAdminService {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/users`;
  private readonly resource = new RemoteResource(() => allPages<User>(this.http, this.url));

  readonly users = this.resource.state;

  load(): void {
    this.resource.reload();
  }

  async create(request: CreateUserRequest): Promise<User> {
    const created = await firstValueFrom(this.http.post<User>(this.url, request));
    this.resource.reload();
    return created;
  }

  async update(id: string, request: UpdateUserRequest): Promise<User> {
    const updated = await firstValueFrom(this.http.patch<User>(`${this.url}/${encodeURIComponent(id)}`, request));
    this.resource.reload();
    return updated;
  }

  /** The user's sessions and API tokens end; they sign in with the new password. */
  async resetPassword(id: string, password: string): Promise<void> {
    const body: ResetPasswordRequest = { password };
    await firstValueFrom(this.http.post<void>(`${this.url}/${encodeURIComponent(id)}/password`, body));
  }
}
