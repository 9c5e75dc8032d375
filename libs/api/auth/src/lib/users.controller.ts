import {
  ApiErrorResponses,
  ApiJsonResponse,
  ApiPageResponse,
  CurrentContext,
  Roles,
  SignedInContext,
} from '@leitbild-monitor/api/platform';
import type { Page, User } from '@leitbild-monitor/shared/contracts';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateUserDto, ListUsersQuery, ResetPasswordDto, UpdateUserDto } from './dto/auth.dto';
import { UserDto } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Roles('admin')
@ApiErrorResponses(403)
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** The user accounts (administrators). */
  @Get()
  @ApiPageResponse(UserDto)
  list(@Query() query: ListUsersQuery): Promise<Page<User>> {
    return this.users.list(query);
  }

  /** Creates a user account. */
  @Post()
  @ApiJsonResponse(UserDto, { status: 201 })
  @ApiErrorResponses(409)
  create(@CurrentContext() context: SignedInContext, @Body() dto: CreateUserDto): Promise<User> {
    return this.users.create(context, dto);
  }

  /** Name, role, actor and `active`; deactivating ends the user's sessions at once. */
  @Patch(':id')
  @ApiJsonResponse(UserDto)
  update(
    @CurrentContext() context: SignedInContext,
    @Param('id') id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<User> {
    return this.users.update(context, id, dto);
  }

  /** Sets a new password for the user and ends their sessions. */
  @Post(':id/password')
  @HttpCode(204)
  @ApiErrorResponses(409)
  resetPassword(
    @CurrentContext() context: SignedInContext,
    @Param('id') id: string,
    @Body() dto: ResetPasswordDto,
  ): Promise<void> {
    return this.users.resetPassword(context, id, dto.password);
  }
}
