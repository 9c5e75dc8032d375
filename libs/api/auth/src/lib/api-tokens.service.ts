import { AuditService } from '@leitbild-monitor/api/audit';
import {
  namedQuery,
  newId,
  notFound,
  nowIso,
  Principal,
  RequestContext,
  TransactionRunner,
} from '@leitbild-monitor/api/platform';
import type { ApiToken, CreatedApiToken } from '@leitbild-monitor/shared/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ApiTokenEntity } from './api-token.entity';
import { principalOf } from './principal-of';
import { randomToken, sha256Hex } from './secret-token';
import { UserEntity } from './user.entity';

/** Recognisable in logs and secret scanners. */
export const API_TOKEN_PREFIX = 'lbm_';
const TOUCH_INTERVAL_MS = 60_000;

const RESOLVE_TOKEN = `SELECT t.id AS "id", t.last_used_at AS "lastUsedAt", u.id AS "userId", u.email AS "email",
  u.name AS "name", u.role AS "role", u.actor_id AS "actorId", u.active AS "active"
  FROM api_token t INNER JOIN app_user u ON u.id = t.user_id WHERE t.token_hash = :hash`;

interface TokenRow extends Pick<UserEntity, 'email' | 'name' | 'role' | 'actorId'> {
  id: string;
  lastUsedAt: string | null;
  userId: string;
  /** 0/1 on SQLite. */
  active: boolean | number;
}

@Injectable()
export class ApiTokensService {
  private readonly logger = new Logger('ApiTokensService');

  constructor(
    @InjectRepository(ApiTokenEntity) private readonly tokens: Repository<ApiTokenEntity>,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  create(context: RequestContext & { principal: Principal }, name: string): Promise<CreatedApiToken> {
    return this.transactions.run(async (manager) => {
      const token = randomToken(API_TOKEN_PREFIX);
      const id = newId();
      await manager.insert(ApiTokenEntity, {
        id,
        userId: context.principal.userId,
        name: name.trim(),
        prefix: token.slice(0, 12),
        tokenHash: sha256Hex(token),
        createdAt: nowIso(),
        lastUsedAt: null,
      });
      await this.audit.record(manager, context, {
        action: 'token.create',
        targetType: 'api_token',
        targetId: id,
        details: { name },
      });
      return { id, token };
    });
  }

  async listOwn(userId: string): Promise<ApiToken[]> {
    const rows = await this.tokens.find({ where: { userId }, order: { createdAt: 'DESC' } });
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      prefix: row.prefix,
      createdAt: row.createdAt,
      lastUsedAt: row.lastUsedAt,
    }));
  }

  revoke(context: RequestContext & { principal: Principal }, id: string): Promise<void> {
    return this.transactions.run(async (manager) => {
      const result = await manager.delete(ApiTokenEntity, { id, userId: context.principal.userId });
      if (result.affected !== 1) throw notFound(`no token with id ${id}`);
      await this.audit.record(manager, context, { action: 'token.revoke', targetType: 'api_token', targetId: id });
    });
  }

  /** The owner of a bearer token, or null when unknown or the owner is inactive. */
  async resolve(token: string): Promise<Principal | null> {
    if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 100) return null;
    // Every request of a script asks this: one prepared statement, no query building (as for sessions).
    const [row] = await namedQuery<TokenRow>(this.tokens.manager, RESOLVE_TOKEN, { hash: sha256Hex(token) });
    if (!row || !row.active) return null;
    if (!row.lastUsedAt || Date.now() - Date.parse(row.lastUsedAt) > TOUCH_INTERVAL_MS) {
      // Not waited for: a write waits for its turn behind the others (an import may hold it for seconds), and the
      // request must not wait with it; a lost touch only makes "last used" a minute older.
      const lastUsedAt = nowIso();
      this.transactions
        .run((manager) => manager.update(ApiTokenEntity, { id: row.id }, { lastUsedAt }))
        .catch((error: unknown) => this.logger.warn(`Could not note a token as used: ${String(error)}`));
    }
    return principalOf({ ...row, id: row.userId }, { tokenId: row.id });
  }
}
