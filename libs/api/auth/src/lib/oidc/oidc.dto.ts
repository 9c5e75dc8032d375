import type { AuthProviders, LogoutResult, PasswordLogin } from '@leitbild-monitor/shared/contracts';
import { PASSWORD_LOGIN_MODES } from '@leitbild-monitor/shared/contracts';
import { ApiProperty } from '@nestjs/swagger';

/** Single sign-on as the sign-in page offers it. */
export class OidcProviderDto {
  /** The button's text (OIDC_LABEL); null: the dashboard's own ("Mit Dienstkonto anmelden"). */
  @ApiProperty({ type: String, nullable: true })
  label!: string | null;
  /** Where the browser goes to sign in, e.g. `/api/v1/auth/oidc/login?returnTo=/measures`. */
  loginUrl!: string;
}

export class AuthProvidersDto implements AuthProviders {
  /** Who may sign in with a password: `all`, `admins` (administrators only) or `off`. */
  @ApiProperty({ enum: PASSWORD_LOGIN_MODES })
  password!: PasswordLogin;
  /** Single sign-on with the administration's OpenID Connect provider; null when not configured. */
  @ApiProperty({ type: OidcProviderDto, nullable: true })
  oidc!: OidcProviderDto | null;
}

export class LogoutResultDto implements LogoutResult {
  /** The provider's sign-out address (RP-initiated logout); the browser goes there to end that session too. */
  redirectTo!: string;
}
