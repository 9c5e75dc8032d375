import { AuditService } from '@leitbild-monitor/api/audit';
import {
  ApiProblemException,
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
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, MoreThan, Repository } from 'typeorm';
import { LoginFailureEntity } from './login-failure.entity';
import { LOGIN_FAILURE_WINDOW_MS, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from './login-throttle';
import { verifyPassword } from './password-hashing';
import { principalOf } from './principal-of';
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
  ) {}

  /**
   * Checks e-mail and password under the throttle and opens a new session, ending the one the client came
   * with (so a session id planted before sign-in is worthless).
   */
  async login(
    email: string,
    password: string,
    context: RequestContext,
    previousSessionId: string | null,
  ): Promise<{ user: User; session: NewSession }> {
    const user = await this.verifyCredentials(email, password, context);
    if (!user) throw unauthorized('wrong_credentials', WRONG_CREDENTIALS);
    return this.transactions.run(async (manager) => {
      if (previousSessionId) await this.sessions.end(manager, previousSessionId);
      // Sign-ins are rare enough to carry the housekeeping: expired sessions and old failures go.
      await this.sessions.purgeExpired(manager);
      await manager.delete(LoginFailureEntity, {
        at: LessThan(new Date(Date.now() - LOGIN_FAILURE_WINDOW_MS).toISOString()),
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
   * The user with this e-mail and password, or null. Each attempt is first recorded as a failure and
   * committed, and only then are the recent failures counted: of any number of parallel attempts, at most
   * the allowed number get to the password check (429 for the rest). A success clears the account's record.
   * The hash is verified even for unknown or inactive accounts, so every failure takes equally long.
   */
  async verifyCredentials(email: string, password: string, context: RequestContext): Promise<UserEntity | null> {
    const normalised = normaliseEmail(email);
    await this.transactions.run((manager) =>
      manager.insert(LoginFailureEntity, { email: normalised, clientAddress: context.clientAddress, at: nowIso() }),
    );
    const since = new Date(Date.now() - LOGIN_FAILURE_WINDOW_MS).toISOString();
    const [forAccount, forAddress] = await Promise.all([
      this.failures.countBy({ email: normalised, at: MoreThan(since) }),
      context.clientAddress ? this.failures.countBy({ clientAddress: context.clientAddress, at: MoreThan(since) }) : 0,
    ]);
    if (forAccount > MAX_FAILURES_PER_ACCOUNT || forAddress > MAX_FAILURES_PER_ADDRESS) {
      await this.audit.recordAlone(context, { action: 'auth.login_throttled', actorLabel: normalised });
      throw new ApiProblemException(
        HttpStatus.TOO_MANY_REQUESTS,
        problem('rate_limited', null, { minutes: 15 }),
        'too many failed sign-ins; try again in 15 minutes',
      );
    }
    const user = await this.users.findOneBy({ email: normalised });
    const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !user.active || !passwordOk) {
      await this.audit.recordAlone(context, {
        action: 'auth.login_failed',
        actorLabel: normalised,
        details: { reason: !user ? 'unknown_account' : !user.active ? 'inactive' : 'wrong_password' },
      });
      return null;
    }
    await this.failures.delete({ email: normalised });
    return user;
  }

  logout(context: SignedInContext): Promise<void> {
    return this.transactions.run(async (manager) => {
      if (context.principal.sessionId) await this.sessions.end(manager, context.principal.sessionId);
      await this.audit.record(manager, context, {
        action: 'auth.logout',
        targetType: 'user',
        targetId: context.principal.userId,
      });
    });
  }

  async me(principal: Principal): Promise<User> {
    return toUser(await this.users.findOneByOrFail({ id: principal.userId }));
  }
}
