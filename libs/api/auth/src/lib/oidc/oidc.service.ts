import { AuditService } from '@leitbild-monitor/api/audit';
import { ActorEntity } from '@leitbild-monitor/api/catalog';
import {
  APP_CONFIG,
  AppConfig,
  newId,
  notFound,
  nowIso,
  OidcConfig,
  OidcRoleGrant,
  RequestContext,
  TransactionRunner,
} from '@leitbild-monitor/api/platform';
import type { AuthProviders, SsoRefusalReason, UserRole } from '@leitbild-monitor/shared/contracts';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager, LessThan, Not } from 'typeorm';
import { principalOf } from '../principal-of';
import { randomToken, sameSecret, sha256Hex } from '../secret-token';
import { NewSession, SessionsService } from '../sessions.service';
import { UserEntity } from '../user.entity';
import { Claims, claimAt, claimValues, grantFor, profileOf } from './oidc-claims';
import { OidcClient, OidcError } from './oidc-client';
import { OidcLoginEntity } from './oidc-login.entity';
import { safeReturnTo } from './oidc-return-to';

/** A sign-in at the provider must come back within this time. */
export const OIDC_LOGIN_TTL_MS = 10 * 60_000;

export const OIDC_LOGIN_PATH = '/api/v1/auth/oidc/login';

/** Where a refused single sign-on ends: the sign-in page, which explains the reason. */
export function refusalLocation(reason: SsoRefusalReason): string {
  return `/login?sso=${reason}`;
}

/** The outcome of the provider's answer: where the browser goes next, and the new session if there is one. */
export interface OidcOutcome {
  location: string;
  session: NewSession | null;
}

/** A refusal: the reason shown to the user and what the audit log keeps about it. */
class Refusal extends Error {
  constructor(
    readonly reason: SsoRefusalReason,
    readonly detail: string,
    readonly who: { subject?: string; email?: string | null; values?: string[] } = {},
  ) {
    super(detail);
  }
}

/** Changes the provider brought about are recorded as the sign-on's, not as the user's own doing. */
const SINGLE_SIGN_ON = 'single sign-on';

/**
 * Single sign-on with OpenID Connect (docs/sso.md): sends the browser to the provider and turns its answer into a
 * session exactly like a password sign-in's. Users are the provider's accounts (issuer + subject, never the e-mail
 * alone), created at their first sign-in; role and actor come from the role claim through OIDC_ROLE_MAP at every
 * sign-in. Every failure ends on the sign-in page with a reason, without a session, and in the audit log.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger('SingleSignOn');
  private readonly settings: OidcConfig | null;
  private readonly client: OidcClient | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {
    this.settings = config.oidc;
    this.client = config.oidc ? new OidcClient(config.oidc) : null;
  }

  providers(): AuthProviders {
    return {
      password: this.config.passwordLogin,
      oidc: this.settings ? { label: this.settings.label, loginUrl: OIDC_LOGIN_PATH } : null,
    };
  }

  /**
   * Starts a sign-in: a pending login (state hash, PKCE verifier, nonce, where to go afterwards, the hash of the
   * browser's cookie) and the provider's address to send the browser to. A provider that cannot be reached ends on
   * the sign-in page at once.
   */
  async start(returnTo: unknown, context: RequestContext): Promise<{ location: string; browserToken: string | null }> {
    const client = this.requireClient();
    const secrets = OidcClient.newSecrets();
    let url: URL;
    try {
      url = await client.authorizationUrl(secrets);
    } catch (error) {
      const reason = error instanceof OidcError ? error.reason : 'failed';
      this.logger.warn(`Single sign-on could not start: ${error instanceof Error ? error.message : String(error)}`);
      await this.recordRefusal(context, new Refusal(reason, 'the provider could not be reached to start'));
      return { location: refusalLocation(reason), browserToken: null };
    }
    const browserToken = randomToken();
    await this.transactions.run(async (manager) => {
      await manager.delete(OidcLoginEntity, {
        createdAt: LessThan(new Date(Date.now() - OIDC_LOGIN_TTL_MS).toISOString()),
      });
      await manager.insert(OidcLoginEntity, {
        id: sha256Hex(secrets.state),
        browserHash: sha256Hex(browserToken),
        codeVerifier: secrets.codeVerifier,
        nonce: secrets.nonce,
        returnTo: safeReturnTo(returnTo),
        createdAt: nowIso(),
      });
    });
    return { location: url.href, browserToken };
  }

  /**
   * Finishes a sign-in with the provider's answer (the callback's query string): the pending login of its `state`
   * (used up here, so a replayed answer finds none), bound to this browser and not expired; the code redeemed and
   * the ID token checked by the client; the role from the claims; the user found or created; a new session.
   */
  async finish(
    query: string,
    browserToken: string | undefined,
    previousSessionId: string | null,
    context: RequestContext,
  ): Promise<OidcOutcome> {
    const client = this.requireClient();
    try {
      const state = new URLSearchParams(query).get('state');
      const pending = await this.takePendingLogin(state, browserToken);
      let signIn;
      try {
        signIn = await client.finish(query, {
          state: state as string,
          nonce: pending.nonce,
          codeVerifier: pending.codeVerifier,
        });
      } catch (error) {
        if (!(error instanceof OidcError)) throw error;
        throw new Refusal(error.reason, error.message);
      }
      const outcome = await this.signIn(signIn.idToken, signIn.claims, signIn.userinfo, previousSessionId, context);
      return { location: pending.returnTo, session: outcome };
    } catch (error) {
      const refusal =
        error instanceof Refusal
          ? error
          : error instanceof OidcError
            ? new Refusal(error.reason, error.message)
            : new Refusal('failed', 'unexpected error');
      if (!(error instanceof Refusal) && !(error instanceof OidcError))
        this.logger.error(
          `Single sign-on failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      await this.recordRefusal(context, refusal);
      return { location: refusalLocation(refusal.reason), session: null };
    }
  }

  /**
   * The provider's sign-out address for a session that came from it; null for any other. Read before the session
   * ends, outside its transaction: building it may mean asking the provider (the first time after a start).
   */
  async endSessionUrl(sessionId: string | null): Promise<string | null> {
    if (!this.client || !sessionId) return null;
    const idToken = await this.sessions.oidcIdTokenOf(sessionId);
    return idToken ? ((await this.client.endSessionUrl(idToken))?.href ?? null) : null;
  }

  private requireClient(): OidcClient {
    if (!this.client) throw notFound('single sign-on is not configured (OIDC_ISSUER)');
    return this.client;
  }

  /** Takes the pending login of `state` out of the table (one use) and checks browser and age. */
  private async takePendingLogin(state: string | null, browserToken: string | undefined): Promise<OidcLoginEntity> {
    if (!state || state.length > 200) throw new Refusal('failed', 'the answer has no state');
    const id = sha256Hex(state);
    const pending = await this.transactions.run(async (manager) => {
      const row = await manager.findOneBy(OidcLoginEntity, { id });
      // Only the request that deletes the row may use it: of two copies of one answer, one gets it.
      const deleted = row ? await manager.delete(OidcLoginEntity, { id }) : null;
      return deleted?.affected === 1 ? row : null;
    });
    if (!pending) throw new Refusal('failed', 'no sign-in under way for this state (unknown, used or expired)');
    if (!browserToken || !sameSecret(sha256Hex(browserToken), pending.browserHash))
      throw new Refusal('failed', 'the answer reached another browser than the one that started the sign-in');
    if (Date.now() - Date.parse(pending.createdAt) > OIDC_LOGIN_TTL_MS)
      throw new Refusal('failed', 'the sign-in took longer than ten minutes');
    return pending;
  }

  /** Maps the claims to role and actor, finds or creates the user and opens the session. */
  private async signIn(
    idToken: string,
    claims: Claims,
    fetchUserinfo: () => Promise<Claims | null>,
    previousSessionId: string | null,
    context: RequestContext,
  ): Promise<NewSession> {
    const settings = this.settings as OidcConfig;
    const subject = claims['sub'];
    if (typeof subject !== 'string' || subject === '' || subject.length > 255)
      throw new Refusal('failed', 'the ID token has no usable subject');
    const inToken = claimAt(claims, settings.roleClaim);
    let profile = profileOf(claims);
    // The role claim from the ID token, else from userinfo (many providers, oidc-provider among them, put groups
    // only there); the same for e-mail and name.
    let userinfo: Claims | null = null;
    if (inToken === undefined || !profile.email) {
      try {
        userinfo = await fetchUserinfo();
      } catch (error) {
        throw new Refusal(error instanceof OidcError ? error.reason : 'failed', 'userinfo could not be read', {
          subject,
        });
      }
      profile = profileOf(claims, userinfo);
    }
    const values = claimValues(inToken !== undefined ? inToken : claimAt(userinfo, settings.roleClaim));
    const who = { subject, email: profile.email, values: values.slice(0, 20) };
    const grant = grantFor(values, settings.roleMap);
    if (!grant) throw new Refusal('no_role', `no value of ${settings.roleClaim} is in OIDC_ROLE_MAP`, who);
    if (!profile.email) throw new Refusal('misconfigured', 'the provider sent no e-mail address', who);
    const email = profile.email;
    const name = profile.name ?? email;

    const result = await this.transactions.run(async (manager) => {
      const actorId = await this.actorOf(manager, grant);
      if (actorId === undefined)
        return new Refusal(
          'misconfigured',
          `OIDC_ROLE_MAP names the unknown actor ${JSON.stringify(grant.actor)}`,
          who,
        );
      let user = await manager.findOneBy(UserEntity, { oidcIssuer: settings.issuer, oidcSubject: subject });
      // A deactivated account stays out, whatever the provider says.
      if (user && !user.active) return new Refusal('inactive', 'the account is deactivated', who);
      // Never merged with another account by e-mail: that would hand a password account to whoever the provider
      // gives the same address.
      if (await manager.existsBy(UserEntity, { email, ...(user ? { id: Not(user.id) } : {}) }))
        return new Refusal('email_taken', 'another account has this e-mail address', who);
      const source = { source: 'oidc', issuer: settings.issuer, subject };
      if (!user) {
        user = await this.createUser(manager, { email, name, role: grant.role, actorId }, subject);
        await this.audit.record(
          manager,
          { ...context, principal: null },
          {
            action: 'user.create',
            actorLabel: SINGLE_SIGN_ON,
            targetType: 'user',
            targetId: user.id,
            details: { ...source, email, role: user.role, actorId },
          },
        );
      } else {
        await this.updateUser(manager, user, { email, name, role: grant.role, actorId }, context, source);
      }
      if (previousSessionId) await this.sessions.end(manager, previousSessionId);
      await this.sessions.purgeExpired(manager);
      const session = await this.sessions.create(manager, user.id, context.clientAddress, idToken);
      await this.audit.record(
        manager,
        { ...context, principal: principalOf(user) },
        { action: 'auth.oidc_login', targetType: 'user', targetId: user.id, details: source },
      );
      return session;
    });
    if (result instanceof Refusal) throw result;
    return result;
  }

  /** The actor of a grant by id or exact name: null for none, undefined when the map names one that does not exist. */
  private async actorOf(manager: EntityManager, grant: OidcRoleGrant): Promise<string | null | undefined> {
    if (grant.actor === null) return null;
    const byId = /^[0-9a-f-]{36}$/i.test(grant.actor)
      ? await manager.findOneBy(ActorEntity, { id: grant.actor.toLowerCase() })
      : null;
    const actor = byId ?? (await manager.findOneBy(ActorEntity, { name: grant.actor }));
    return actor?.id;
  }

  private async createUser(
    manager: EntityManager,
    fields: { email: string; name: string; role: UserRole; actorId: string | null },
    subject: string,
  ): Promise<UserEntity> {
    const now = nowIso();
    const user = manager.create(UserEntity, {
      id: newId(),
      ...fields,
      active: true,
      // No password: none opens this account (see verifyPassword).
      passwordHash: null,
      oidcIssuer: (this.settings as OidcConfig).issuer,
      oidcSubject: subject,
      createdAt: now,
      updatedAt: now,
    });
    await manager.insert(UserEntity, user);
    return user;
  }

  /**
   * Brings the account up to what the provider says now: role and actor (a change is audited as a role change
   * and ends the account's other sessions, as when an administrator changes them), name and e-mail address.
   */
  private async updateUser(
    manager: EntityManager,
    user: UserEntity,
    now: { email: string; name: string; role: UserRole; actorId: string | null },
    context: RequestContext,
    source: Record<string, string>,
  ): Promise<void> {
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of ['role', 'actorId', 'name', 'email'] as const) {
      if (user[key] === now[key]) continue;
      changes[key] = { from: user[key], to: now[key] };
      (user as unknown as Record<string, unknown>)[key] = now[key];
    }
    if (Object.keys(changes).length === 0) return;
    user.updatedAt = nowIso();
    await manager.update(
      UserEntity,
      { id: user.id },
      { role: user.role, actorId: user.actorId, name: user.name, email: user.email, updatedAt: user.updatedAt },
    );
    const rightsChanged = 'role' in changes || 'actorId' in changes;
    if (rightsChanged) await this.sessions.endAllOf(manager, user.id);
    await this.audit.record(
      manager,
      { ...context, principal: null },
      {
        action: rightsChanged ? 'user.role_change' : 'user.update',
        actorLabel: SINGLE_SIGN_ON,
        targetType: 'user',
        targetId: user.id,
        details: { ...source, ...changes },
      },
    );
  }

  private async recordRefusal(context: RequestContext, refusal: Refusal): Promise<void> {
    await this.audit.recordAlone(context, {
      action: 'auth.oidc_refused',
      actorLabel: refusal.who.email ?? refusal.who.subject ?? null,
      details: {
        reason: refusal.reason,
        detail: refusal.detail,
        ...(refusal.who.subject ? { subject: refusal.who.subject } : {}),
        ...(refusal.who.values ? { claimValues: refusal.who.values } : {}),
      },
    });
  }
}
