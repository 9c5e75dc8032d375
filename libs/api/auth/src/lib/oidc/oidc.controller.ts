import {
  ApiErrorResponses,
  ApiJsonResponse,
  CurrentContext,
  Public,
  RequestContext,
} from '@leitbild-monitor/api/platform';
import type { AuthProviders } from '@leitbild-monitor/shared/contracts';
import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE, setSessionCookies } from '../auth-cookies';
import { sha256Hex } from '../secret-token';
import { AuthProvidersDto } from './oidc.dto';
import { OIDC_LOGIN_TTL_MS, OidcService } from './oidc.service';

/**
 * Binds a sign-in under way to the browser that started it. SameSite=Lax, not Strict: the provider's answer
 * arrives as a top-level navigation from the provider's site, which a Strict cookie would not accompany.
 */
export const OIDC_BROWSER_COOKIE = 'lbm_oidc';
const OIDC_COOKIE_PATH = '/api/v1/auth/oidc';

const REDIRECT = {
  headers: { Location: { description: 'Where the browser goes next.', schema: { type: 'string' } } },
};

function queryOf(request: FastifyRequest): string {
  const index = request.url.indexOf('?');
  return index < 0 ? '' : request.url.slice(index + 1);
}

@ApiTags('auth')
@Controller('auth')
export class OidcController {
  constructor(private readonly oidc: OidcService) {}

  /** What the sign-in page offers: password sign-in (all, administrators only, off) and single sign-on. */
  @Public()
  @Get('providers')
  @ApiJsonResponse(AuthProvidersDto)
  providers(): AuthProviders {
    return this.oidc.providers();
  }

  /**
   * Starts single sign-on: 302 to the provider (authorization code flow with PKCE, `state` and `nonce`), or to
   * `/login?sso=unavailable` when the provider cannot be reached. `returnTo` is a page of the dashboard to go to
   * afterwards; anything else (another site, `/api/…`) is ignored.
   */
  @Public()
  @Get('oidc/login')
  @ApiQuery({ name: 'returnTo', required: false, schema: { type: 'string', maxLength: 2000, example: '/measures' } })
  @ApiResponse({ status: 302, description: 'To the provider’s sign-in, or to the sign-in page.', ...REDIRECT })
  @ApiErrorResponses(404)
  async login(
    @CurrentContext() context: RequestContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const returnTo = (request.query as Record<string, unknown> | undefined)?.['returnTo'];
    const { location, browserToken } = await this.oidc.start(returnTo, context);
    if (browserToken) {
      void reply.setCookie(OIDC_BROWSER_COOKIE, browserToken, {
        path: OIDC_COOKIE_PATH,
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https',
        maxAge: OIDC_LOGIN_TTL_MS / 1000,
      });
    }
    await reply.redirect(location, 302);
  }

  /**
   * The provider's answer. Success: a session (cookies as after a password sign-in) and 302 to `returnTo`. Any
   * failure — wrong or replayed `state`, a code used twice, wrong nonce, an ID token of another issuer or audience,
   * the provider down, no mapped role, a deactivated account — 302 to `/login?sso=<reason>` without a session.
   */
  @Public()
  @Get('oidc/callback')
  @ApiQuery({ name: 'code', required: false, schema: { type: 'string' } })
  @ApiQuery({ name: 'state', required: false, schema: { type: 'string' } })
  @ApiResponse({
    status: 302,
    description: 'To the page asked for, or to the sign-in page with a reason.',
    ...REDIRECT,
  })
  @ApiErrorResponses(404)
  async callback(
    @CurrentContext() context: RequestContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const previous = request.cookies?.[SESSION_COOKIE];
    const { location, session } = await this.oidc.finish(
      queryOf(request),
      request.cookies?.[OIDC_BROWSER_COOKIE],
      previous ? sha256Hex(previous) : null,
      context,
    );
    void reply.clearCookie(OIDC_BROWSER_COOKIE, { path: OIDC_COOKIE_PATH, httpOnly: true, sameSite: 'lax' });
    if (session) setSessionCookies(request, reply, session.token, session.csrfToken);
    await reply.redirect(location, 302);
  }
}
