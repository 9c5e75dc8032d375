import { AuditService } from '@leitbild-monitor/api/audit';
import {
  ApiProblemException,
  APP_CONFIG,
  AppConfig,
  forbidden,
  nowIso,
  Principal,
  problem,
  RequestContext,
  SignedInContext,
  TransactionRunner,
  unauthorized,
} from '@leitbild-monitor/api/platform';
import type { User } from '@leitbild-monitor/shared/contracts';
import { TEXT_LIMITS } from '@leitbild-monitor/shared/contracts';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, LessThan, Repository, SelectQueryBuilder } from 'typeorm';
import { LoginFailureEntity } from './login-failure.entity';
import { ADDRESS_WINDOW_MS, FailuresBefore, PAIR_WINDOW_MS, waitBeforeAttempt } from './login-throttle';
import { verifyPassword } from './password-hashing';
import { principalOf } from './principal-of';
import { OidcService } from './oidc/oidc.service';
import { NewSession, SessionsService } from './sessions.service';
import { UserEntity } from './user.entity';
import { toUser } from './user-view';

/** The same answer for an unknown e-mail and a wrong password, so sign-in reveals no accounts. */
const WRONG_CREDENTIALS = 'e-mail or password is wrong';

/** E-mails are compared lower-cased; lower-casing can lengthen a string, so the result is cut to the column. */
export function normaliseEmail(email: string): string {
  return [...email.trim().toLowerCase()].slice(0, TEXT_LIMITS.email).join('');
}

@Injectable()
export class AuthenticationService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(LoginFailureEntity) private readonly failures: Repository<LoginFailureEntity>,
    private readonly sessions: SessionsService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly oidc: OidcService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Checks e-mail and password under the throttle and opens a new session, ending the one the client came
   * with (so a session id planted before sign-in is worthless). PASSWORD_LOGIN=off refuses every password
   * sign-in; `admins` refuses everyone else — only after a correct password, so the answer reveals nothing about
   * an account to someone without its password.
   */
  async login(
    email: string,
    password: string,
    context: RequestContext,
    previousSessionId: string | null,
  ): Promise<{ user: User; session: NewSession }> {
    if (this.config.passwordLogin === 'off') {
      await this.audit.recordAlone(context, {
        action: 'auth.login_failed',
        actorLabel: normaliseEmail(email),
        details: { reason: 'password_login_off' },
      });
      throw forbidden('password_login_off', 'signing in with a password is turned off; use single sign-on');
    }
    const user = await this.verifyCredentials(email, password, context);
    if (!user) throw unauthorized('wrong_credentials', WRONG_CREDENTIALS);
    if (this.config.passwordLogin === 'admins' && user.role !== 'admin') {
      await this.audit.recordAlone(context, {
        action: 'auth.login_failed',
        actorLabel: user.email,
        details: { reason: 'password_login_admins_only' },
      });
      throw forbidden(
        'password_login_admins_only',
        'only administrators sign in with a password here; use single sign-on',
      );
    }
    return this.transactions.run(async (manager) => {
      if (previousSessionId) await this.sessions.end(manager, previousSessionId);
      // Sign-ins are rare enough to carry the housekeeping: expired sessions and old failures go.
      await this.sessions.purgeExpired(manager);
      await manager.delete(LoginFailureEntity, {
        at: LessThan(new Date(Date.now() - PAIR_WINDOW_MS).toISOString()),
      });
      const session = await this.sessions.create(manager, user.id, context.clientAddress);
      await this.audit.record(
        manager,
        { ...context, principal: principalOf(user) },
        {
          action: 'auth.login',
          targetType: 'user',
          targetId: user.id,
        },
      );
      return { user: toUser(user), session };
    });
  }

  /**
   * The user with this e-mail and password, or null — under the throttle of login-throttle.ts. The attempt is
   * first recorded as a failure and committed, and only then are the failures recorded before it counted: of any
   * number of parallel attempts, only as many as the throttle allows reach the password check. An attempt the
   * throttle refuses is removed again (it tried no password, so it is no failure and does not prolong the wait);
   * a success removes this address's failures at the account. The hash is verified even for unknown or inactive
   * accounts, so every failure takes equally long.
   */
  async verifyCredentials(email: string, password: string, context: RequestContext): Promise<UserEntity | null> {
    const normalised = normaliseEmail(email);
    const address = context.clientAddress;
    const attempt = await this.transactions.run(async (manager) => {
      const inserted = await manager.insert(LoginFailureEntity, {
        email: normalised,
        clientAddress: address,
        at: nowIso(),
      });
      return Number(inserted.identifiers[0]['id']);
    });
    const now = Date.now();
    const wait = waitBeforeAttempt(await this.failuresBefore(attempt, normalised, address, now), now);
    if (wait > 0) {
      await this.transactions.run(async (manager) => {
        await manager.delete(LoginFailureEntity, { id: attempt });
        await this.audit.record(manager, context, { action: 'auth.login_throttled', actorLabel: normalised });
      });
      const seconds = Math.ceil(wait / 1000);
      throw new ApiProblemException(
        HttpStatus.TOO_MANY_REQUESTS,
        problem('sign_in_throttled', null, { seconds, minutes: Math.ceil(seconds / 60) }),
        `too many failed sign-ins from this address; try again in ${seconds} seconds`,
      ).withHeader('retry-after', String(seconds));
    }
    const user = await this.users.findOneBy({ email: normalised });
    const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !user.active || !passwordOk) {
      await this.audit.recordAlone(context, {
        action: 'auth.login_failed',
        actorLabel: normalised,
        details: {
          reason: !user
            ? 'unknown_account'
            : !user.active
              ? 'inactive'
              : user.passwordHash === null
                ? 'single_sign_on_account'
                : 'wrong_password',
        },
      });
      return null;
    }
    await this.transactions.run((manager) =>
      manager.delete(LoginFailureEntity, { email: normalised, clientAddress: address ?? IsNull() }),
    );
    return user;
  }

  /** The failures recorded before attempt `id` that count against it (see login-throttle.ts). */
  private async failuresBefore(
    id: number,
    email: string,
    address: string | null,
    now: number,
  ): Promise<FailuresBefore> {
    const fromAddress = (query: SelectQueryBuilder<LoginFailureEntity>) =>
      address === null
        ? query.andWhere('f.client_address IS NULL')
        : query.andWhere('f.client_address = :address', { address });
    const since = (ms: number) => new Date(now - ms).toISOString();
    const [pair, byAddress] = await Promise.all([
      fromAddress(
        this.failures
          .createQueryBuilder('f')
          .select('COUNT(*)', 'count')
          .addSelect('MAX(f.at)', 'latest')
          .where('f.email = :email', { email })
          .andWhere('f.at > :since', { since: since(PAIR_WINDOW_MS) })
          .andWhere('f.id < :id', { id }),
      ).getRawOne<{ count: string | number; latest: string | null }>(),
      fromAddress(
        this.failures
          .createQueryBuilder('f')
          .select('COUNT(*)', 'count')
          .addSelect('MIN(f.at)', 'oldest')
          .where('f.at > :since', { since: since(ADDRESS_WINDOW_MS) })
          .andWhere('f.id < :id', { id }),
      ).getRawOne<{ count: string | number; oldest: string | null }>(),
    ]);
    return {
      pair: { count: Number(pair?.count ?? 0), latestAt: pair?.latest ? Date.parse(pair.latest) : null },
      address: {
        count: Number(byAddress?.count ?? 0),
        oldestAt: byAddress?.oldest ? Date.parse(byAddress.oldest) : null,
      },
    };
  }

  /**
   * Ends the session; for one that came from single sign-on, the provider's sign-out address (RP-initiated logout)
   * to send the browser on to, when the provider has one.
   */
  async logout(context: SignedInContext): Promise<{ redirectTo: string | null }> {
    const sessionId = context.principal.sessionId;
    const redirectTo = await this.oidc.endSessionUrl(sessionId);
    return this.transactions.run(async (manager) => {
      if (sessionId) await this.sessions.end(manager, sessionId);
      await this.audit.record(manager, context, {
        action: 'auth.logout',
        targetType: 'user',
        targetId: context.principal.userId,
        ...(redirectTo ? { details: { provider: true } } : {}),
      });
      return { redirectTo };
    });
  }

  async me(principal: Principal): Promise<User> {
    return toUser(await this.users.findOneByOrFail({ id: principal.userId }));
  }
}
