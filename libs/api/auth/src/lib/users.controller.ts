import { CurrentContext, Roles, SignedInContext } from '@leitbild-monitor/api/platform';
import type { Page, User } from '@leitbild-monitor/shared/contracts';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateUserDto, ListUsersQuery, ResetPasswordDto, UpdateUserDto } from './dto/auth.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(@Query() query: ListUsersQuery): Promise<Page<User>> {
    return this.users.list(query);
  }

  @Post()
  create(@CurrentContext() context: SignedInContext, @Body() dto: CreateUserDto): Promise<User> {
    return this.users.create(context, dto);
  }

  /** Name, role, actor and `active`; deactivating ends the user's sessions at once. */
  @Patch(':id')
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
  resetPassword(
    @CurrentContext() context: SignedInContext,
    @Param('id') id: string,
    @Body() dto: ResetPasswordDto,
  ): Promise<void> {
    return this.users.resetPassword(context, id, dto.password);
  }
}
