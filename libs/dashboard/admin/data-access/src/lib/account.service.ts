import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiToken,
  ChangeOwnPasswordRequest,
  CreateApiTokenRequest,
  CreatedApiToken,
} from '@leitbild-monitor/shared/contracts';
import { API_BASE_URL, RemoteResource } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { firstValueFrom } from 'rxjs';

/** The signed-in user's own account: password and personal API tokens. Writes reject with the HttpErrorResponse. */
@Injectable({ providedIn: 'root' })
export class AccountService {
  private readonly http = inject(HttpClient);
  private readonly tokensUrl = `${inject(API_BASE_URL)}/auth/tokens`;
  private readonly passwordUrl = `${inject(API_BASE_URL)}/auth/password`;
  private readonly tokensResource = new RemoteResource(() => this.http.get<ApiToken[]>(this.tokensUrl));

  readonly tokens = this.tokensResource.state;

  loadTokens(): void {
    this.tokensResource.reload();
  }

  /** The answer holds the token itself, which the API never shows again. */
  async createToken(name: string): Promise<CreatedApiToken> {
    const body: CreateApiTokenRequest = { name };
    const created = await firstValueFrom(this.http.post<CreatedApiToken>(this.tokensUrl, body));
    this.tokensResource.reload();
    return created;
  }

  async revokeToken(id: string): Promise<void> {
    await firstValueFrom(this.http.delete<void>(`${this.tokensUrl}/${encodeURIComponent(id)}`));
    this.tokensResource.reload();
  }

  /** Other sessions and every API token of the account end; this session stays signed in. */
  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    const body: ChangeOwnPasswordRequest = { currentPassword, newPassword };
    await firstValueFrom(this.http.post<void>(this.passwordUrl, body));
    this.tokensResource.reload();
  }
}
