import { APP_CONFIG, AppConfig, SlidingWindowRateLimitStorage } from '@leitbild-monitor/api/platform';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessDeniedRecorder } from './access-denied.recorder';
import { ApiTokenEntity } from './api-token.entity';
import { ApiTokensService } from './api-tokens.service';
import { AuthController } from './auth.controller';
import { AuthenticationGuard } from './authentication.guard';
import { AuthenticationService } from './authentication.service';
import { AuthorizationGuard } from './authorization.guard';
import { LoginFailureEntity } from './login-failure.entity';
import { OidcController } from './oidc/oidc.controller';
import { OidcLoginEntity } from './oidc/oidc-login.entity';
import { OidcService } from './oidc/oidc.service';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';
import { SessionsService } from './sessions.service';

export const AUTH_ENTITIES = [UserEntity, SessionEntity, ApiTokenEntity, LoginFailureEntity, OidcLoginEntity];

/**
 * Sign-in, sessions, API tokens, users — and the guards that make every route closed unless it says otherwise:
 * rate limit (per client address), then authentication (401, CSRF), then the role check (403), in that order.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(AUTH_ENTITIES),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        throttlers: [{ ttl: 60_000, limit: config.rateLimitPerMinute }],
        // One count per client address across the whole API: the throttler's own key adds the route, which gave
        // every route a limit of its own.
        generateKey: (_context, tracker, throttlerName) => `${throttlerName}:${tracker}`,
        errorMessage: 'too many requests from this address; try again in a minute',
        storage: new SlidingWindowRateLimitStorage(),
      }),
    }),
  ],
  controllers: [AuthController, UsersController, OidcController],
  providers: [
    SessionsService,
    OidcService,
    ApiTokensService,
    AuthenticationService,
    UsersService,
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: AuthorizationGuard },
    AccessDeniedRecorder,
  ],
})
export class AuthModule {}
