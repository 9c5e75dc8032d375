import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { CreateUserRequest, ResetPasswordRequest, UpdateUserRequest, User } from '@leitbild-monitor/shared/contracts';
import { RemoteResource } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { firstValueFrom } from 'rxjs';
import { allPages } from './all-pages';

export const USERS_API = '/api/v1/users';

/** The user accounts, for administrators. Writes reject with the HttpErrorResponse (its `problems`, see apiProblems). */
@Injectable({ providedIn: 'root' })
export class UsersAdminService {
  private readonly http = inject(HttpClient);
  private readonly resource = new RemoteResource(() => allPages<User>(this.http, USERS_API));

  readonly users = this.resource.state;

  load(): void {
    this.resource.reload();
  }

  async create(request: CreateUserRequest): Promise<User> {
    const created = await firstValueFrom(this.http.post<User>(USERS_API, request));
    this.resource.reload();
    return created;
  }

  async update(id: string, request: UpdateUserRequest): Promise<User> {
    const updated = await firstValueFrom(this.http.patch<User>(`${USERS_API}/${encodeURIComponent(id)}`, request));
    this.resource.reload();
    return updated;
  }

  /** The user's sessions and API tokens end; they sign in with the new password. */
  async resetPassword(id: string, password: string): Promise<void> {
    const body: ResetPasswordRequest = { password };
    await firstValueFrom(this.http.post<void>(`${USERS_API}/${encodeURIComponent(id)}/password`, body));
  }
}
