import {
  ANY_SIGNED_IN,
  ApiJsonResponse,
  CurrentContext,
  Public,
  RequestContext,
  Roles,
  SignedInContext,
} from '@leitbild-monitor/api/platform';
import type { ApiToken, CreatedApiToken, User } from '@leitbild-monitor/shared/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiTokensService } from './api-tokens.service';
import { clearSessionCookies, SESSION_COOKIE, setSessionCookies, setXsrfCookie } from './auth-cookies';
import type { GuardedRequest } from './authentication.guard';
import { AuthenticationService } from './authentication.service';
import { ChangeOwnPasswordDto, CreateApiTokenDto, LoginDto } from './dto/auth.dto';
import { ApiTokenDto, CreatedApiTokenDto, UserDto } from './dto/user.dto';
import { LogoutResultDto } from './oidc/oidc.dto';
import { sha256Hex } from './secret-token';
import { SessionOnlyGuard } from './session-only.guard';
import { UsersService } from './users.service';

@ApiTags('auth')
@Roles(...ANY_SIGNED_IN)
@Controller('auth')
export class AuthController {
  constructor(
    private readonly authentication: AuthenticationService,
    private readonly users: UsersService,
    private readonly tokens: ApiTokensService,
  ) {}

  /** Signs in: the user, an HttpOnly session cookie and the readable XSRF-TOKEN cookie. */
  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiJsonResponse(UserDto)
  @ApiUnauthorizedResponse({ description: 'E-mail or password is wrong (the same answer for unknown e-mails).' })
  @ApiForbiddenResponse({
    description:
      'Signing in with a password is turned off (`password_login_off`), or allowed for administrators only and the ' +
      'password was right but the account is none (`password_login_admins_only`).',
  })
  @ApiTooManyRequestsResponse({ description: 'Too many failed sign-ins for this account or address.' })
  async login(
    @Body() dto: LoginDto,
    @CurrentContext() context: RequestContext,
    @Req() request: GuardedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<User> {
    const previous = request.cookies?.[SESSION_COOKIE];
    const { user, session } = await this.authentication.login(
      dto.email,
      dto.password,
      context,
      previous ? sha256Hex(previous) : null,
    );
    setSessionCookies(request, reply, session.token, session.csrfToken);
    return user;
  }

  /**
   * Ends the session on the server at once: 204, or 200 with `redirectTo` for a session that came from single
   * sign-on when the provider offers RP-initiated logout — the browser goes there to end the provider's session too.
   */
  @Post('logout')
  @ApiJsonResponse(LogoutResultDto, { description: 'Signed out here; continue at the provider to sign out there.' })
  @ApiResponse({ status: 204, description: 'Signed out.' })
  async logout(
    @CurrentContext() context: SignedInContext,
    @Req() request: GuardedRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { redirectTo } = await this.authentication.logout(context);
    clearSessionCookies(request, reply);
    if (redirectTo) await reply.status(200).send({ redirectTo });
    else await reply.status(204).send();
  }

  /** The signed-in user. */
  @Get('me')
  @ApiJsonResponse(UserDto)
  async me(
    @CurrentContext() context: SignedInContext,
    @Req() request: GuardedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<User> {
    // Re-issues the XSRF cookie, so a dashboard that lost it (cleared cookies, new tab) can write again.
    if (request.csrfToken) setXsrfCookie(request, reply, request.csrfToken);
    return this.authentication.me(context.principal);
  }

  /** Changes one's own password; every other session of the account ends. */
  @Post('password')
  @UseGuards(SessionOnlyGuard)
  @HttpCode(204)
  changePassword(@CurrentContext() context: SignedInContext, @Body() dto: ChangeOwnPasswordDto): Promise<void> {
    return this.users.changeOwnPassword(context, dto);
  }

  /** Creates a personal API token; the answer is the only time the token is shown. */
  @Post('tokens')
  @UseGuards(SessionOnlyGuard)
  @ApiJsonResponse(CreatedApiTokenDto, { status: 201 })
  createToken(@CurrentContext() context: SignedInContext, @Body() dto: CreateApiTokenDto): Promise<CreatedApiToken> {
    return this.tokens.create(context, dto.name);
  }

  /** One's own API tokens (without the tokens themselves). */
  @Get('tokens')
  @ApiJsonResponse([ApiTokenDto])
  listTokens(@CurrentContext() context: SignedInContext): Promise<ApiToken[]> {
    return this.tokens.listOwn(context.principal.userId);
  }

  /** Revokes one of one's own API tokens at once. */
  @Delete('tokens/:id')
  @HttpCode(204)
  revokeToken(@CurrentContext() context: SignedInContext, @Param('id') id: string): Promise<void> {
    return this.tokens.revoke(context, id);
  }
}
