import {
  APP_CONFIG,
  AppConfig,
  namedQuery,
  nowIso,
  Principal,
  TransactionRunner,
} from '@leitbild-monitor/api/platform';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, LessThan, Repository } from 'typeorm';
import { randomToken, sha256Hex } from './secret-token';
import { principalOf } from './principal-of';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

const RESOLVE_SESSION = `SELECT s.csrf_token AS "csrfToken", s.created_at AS "createdAt", s.last_seen_at AS "lastSeenAt",
  u.id AS "id", u.email AS "email", u.name AS "name", u.role AS "role", u.actor_id AS "actorId", u.active AS "active"
  FROM session s INNER JOIN app_user u ON u.id = s.user_id WHERE s.id = :id`;

interface SessionRow extends Pick<UserEntity, 'id' | 'email' | 'name' | 'role' | 'actorId'> {
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  /** 0/1 on SQLite. */
  active: boolean | number;
}

/** Refreshing `last_seen_at` on every request would turn every read into a write; once a minute is enough. */
const TOUCH_INTERVAL_MS = 60_000;

export interface NewSession {
  /** The cookie value; only its hash is stored. */
  token: string;
  csrfToken: string;
}

export interface ResolvedSession {
  principal: Principal;
  csrfToken: string;
}

@Injectable()
export class SessionsService {
  private readonly logger = new Logger('SessionsService');

  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: TransactionRunner,
  ) {}

  /** A new session; `oidcIdToken` for one that came from single sign-on (its sign-out goes to the provider too). */
  async create(
    manager: EntityManager,
    userId: string,
    clientAddress: string | null,
    oidcIdToken: string | null = null,
  ): Promise<NewSession> {
    const token = randomToken();
    const csrfToken = randomToken();
    const now = nowIso();
    await manager.insert(SessionEntity, {
      id: sha256Hex(token),
      userId,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      clientAddress,
      oidcIdToken,
    });
    return { token, csrfToken };
  }

  /** The signed-in user of a session cookie, or null when the session is unknown, expired or the user inactive. */
  async resolve(token: string): Promise<ResolvedSession | null> {
    const id = sha256Hex(token);
    // Every signed-in request asks this: one prepared statement, no query building (docs/performance.md).
    const [row] = await namedQuery<SessionRow>(this.sessions.manager, RESOLVE_SESSION, { id });
    if (!row) return null;
    const now = Date.now();
    const idleLimit = Date.parse(row.lastSeenAt) + this.config.sessionIdleMinutes * 60_000;
    const absoluteLimit = Date.parse(row.createdAt) + this.config.sessionMaxHours * 3_600_000;
    if (!row.active || now > idleLimit || now > absoluteLimit) {
      this.writeInBackground('remove an expired session', (manager) => manager.delete(SessionEntity, { id }));
      return null;
    }
    if (now - Date.parse(row.lastSeenAt) > TOUCH_INTERVAL_MS) {
      const lastSeenAt = new Date(now).toISOString();
      this.writeInBackground('note a session as seen', (manager) =>
        manager.update(SessionEntity, { id }, { lastSeenAt }),
      );
    }
    return {
      principal: principalOf(row, { sessionId: id }),
      csrfToken: row.csrfToken,
    };
  }

  /**
   * Housekeeping that the request does not wait for: a write waits for its turn behind the others (an import of
   * thousands of rows may hold it for seconds), and a read must not wait with it. Losing such a write loses at most
   * a minute of idle time.
   */
  private writeInBackground(what: string, write: (manager: EntityManager) => Promise<unknown>): void {
    this.transactions.run(write).catch((error: unknown) => this.logger.warn(`Could not ${what}: ${String(error)}`));
  }

  /** The provider's ID token of a single sign-on session; null for a password session. */
  async oidcIdTokenOf(sessionId: string, manager: EntityManager = this.sessions.manager): Promise<string | null> {
    const row = await manager
      .createQueryBuilder(SessionEntity, 's')
      .select('s.oidc_id_token', 'token')
      .where('s.id = :id', { id: sessionId })
      .getRawOne<{ token: string | null }>();
    return row?.token ?? null;
  }

  async end(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.delete(SessionEntity, { id: sessionId });
  }

  async endAllOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(SessionEntity, { userId });
  }

  /**
   * Removes sessions past their absolute lifetime, so the table does not grow with abandoned sessions;
   * idle-expired ones go when next presented or when they reach the absolute limit.
   */
  async purgeExpired(manager: EntityManager): Promise<void> {
    const cutoff = new Date(Date.now() - this.config.sessionMaxHours * 3_600_000).toISOString();
    await manager.delete(SessionEntity, { createdAt: LessThan(cutoff) });
  }
}
