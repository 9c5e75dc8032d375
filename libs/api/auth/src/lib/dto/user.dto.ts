import type { ApiToken, CreatedApiToken, User, UserRole } from '@leitbild-monitor/shared/contracts';
import { USER_ROLES } from '@leitbild-monitor/shared/contracts';
import { ApiProperty } from '@nestjs/swagger';

/** The answers of the account endpoints as OpenAPI schemas (the wire types are those of shared/contracts). */
export class UserDto implements User {
  id!: string;
  email!: string;
  name!: string;
  @ApiProperty({ enum: USER_ROLES })
  role!: UserRole;
  /** The actor the user works for; an editor with one may change only that actor's measures. */
  actorId!: string | null;
  active!: boolean;
  createdAt!: string;
  updatedAt!: string;
}

export class ApiTokenDto implements ApiToken {
  id!: string;
  name!: string;
  /** The first characters of the token, to recognise it; the token itself is shown only once. */
  prefix!: string;
  createdAt!: string;
  lastUsedAt!: string | null;
}

export class CreatedApiTokenDto implements CreatedApiToken {
  id!: string;
  /** The token (`lbm_…`): shown this once, send it as `Authorization: Bearer <token>`. */
  token!: string;
}
