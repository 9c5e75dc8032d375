import type {
  ChangeOwnPasswordRequest,
  CreateApiTokenRequest,
  CreateUserRequest,
  LoginRequest,
  ResetPasswordRequest,
  UpdateUserRequest,
  UserRole,
} from '@leitbild-monitor/shared/contracts';
import { PASSWORD_LIMITS, TEXT_LIMITS, USER_ROLES } from '@leitbild-monitor/shared/contracts';
import { IsOmittable, MaxLength, PaginationQuery, Trim } from '@leitbild-monitor/api/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MinLength } from 'class-validator';

const passwordLength = (field: string) => ({
  message: `${field} must be between ${PASSWORD_LIMITS.min} and ${PASSWORD_LIMITS.max} characters long`,
});

export class LoginDto implements LoginRequest {
  @IsString()
  @MaxLength(TEXT_LIMITS.email)
  email!: string;

  /** Not checked for length here: a wrong password of any length is simply wrong. */
  @IsString()
  @MaxLength(PASSWORD_LIMITS.max)
  password!: string;
}

export class CreateUserDto implements CreateUserRequest {
  @IsEmail()
  @MaxLength(TEXT_LIMITS.email)
  email!: string;

  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.name)
  name!: string;

  @ApiProperty({ enum: USER_ROLES })
  @IsIn(USER_ROLES)
  role!: UserRole;

  @IsString()
  @MinLength(PASSWORD_LIMITS.min, passwordLength('password'))
  @MaxLength(PASSWORD_LIMITS.max, passwordLength('password'))
  password!: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(36)
  actorId?: string | null;
}

export class UpdateUserDto implements UpdateUserRequest {
  @IsOmittable()
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.name)
  name?: string;

  @ApiProperty({ enum: USER_ROLES, required: false })
  @IsOmittable()
  @IsIn(USER_ROLES)
  role?: UserRole;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(36)
  actorId?: string | null;

  @IsOmittable()
  @IsBoolean()
  active?: boolean;
}

export class ResetPasswordDto implements ResetPasswordRequest {
  @IsString()
  @MinLength(PASSWORD_LIMITS.min, passwordLength('password'))
  @MaxLength(PASSWORD_LIMITS.max, passwordLength('password'))
  password!: string;
}

export class ChangeOwnPasswordDto implements ChangeOwnPasswordRequest {
  @IsString()
  @MaxLength(PASSWORD_LIMITS.max)
  currentPassword!: string;

  @IsString()
  @MinLength(PASSWORD_LIMITS.min, passwordLength('newPassword'))
  @MaxLength(PASSWORD_LIMITS.max, passwordLength('newPassword'))
  newPassword!: string;
}

export class CreateApiTokenDto implements CreateApiTokenRequest {
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.tokenName)
  name!: string;
}

export class ListUsersQuery extends PaginationQuery {}
