import { AuditService } from '@leitbild-monitor/api/audit';
import { ActorEntity } from '@leitbild-monitor/api/catalog';
import {
  ApiProblemException,
  APP_CONFIG,
  AppConfig,
  InvalidConfigError,
  conflict,
  conflictOnDuplicate,
  invalid,
  newId,
  notFound,
  nowIso,
  pageWindow,
  SignedInContext,
  toPage,
  TransactionRunner,
} from '@leitbild-monitor/api/platform';
import type { Page, User } from '@leitbild-monitor/shared/contracts';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
import { ChangeOwnPasswordDto, CreateUserDto, ListUsersQuery, UpdateUserDto } from './dto/auth.dto';
import { ApiTokenEntity } from './api-token.entity';
import { AuthenticationService } from './authentication.service';
import { hashPassword } from './password-hashing';
import { assertAcceptablePassword } from './password-policy';
import { SessionsService } from './sessions.service';
import { UserEntity } from './user.entity';
import { toUser } from './user-view';

/** The name of the administrator an installation starts with. */
const FIRST_ADMIN_NAME = 'Systemverwaltung';

@Injectable()
export class UsersService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Users');

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly authentication: AuthenticationService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /**
   * The first administrator of a new installation: from ADMIN_EMAIL / ADMIN_PASSWORD, or with a random
   * password printed once. There is no default password.
   */
  async onApplicationBootstrap(): Promise<void> {
    if ((await this.users.count()) > 0) return;
    const email = (this.config.adminEmail ?? 'admin@localhost').toLowerCase();
    const generated = this.config.adminPassword ? null : randomBytes(18).toString('base64url');
    if (this.config.adminPassword) {
      // A guessable first password would be the weakest door of the installation: refuse to start with it.
      await assertAcceptablePassword(
        this.config.adminPassword,
        { email, name: FIRST_ADMIN_NAME },
        'ADMIN_PASSWORD',
      ).catch((error: unknown) => {
        throw new InvalidConfigError([
          error instanceof ApiProblemException ? String(error.messageText) : String(error),
        ]);
      });
    }
    const passwordHash = await hashPassword(this.config.adminPassword ?? (generated as string));
    await this.transactions.run(async (manager) => {
      if ((await manager.count(UserEntity)) > 0) return;
      const user = await this.insertUser(
        manager,
        { email, name: FIRST_ADMIN_NAME, role: 'admin', actorId: null },
        passwordHash,
      );
      await this.audit.record(
        manager,
        { principal: null, clientAddress: null },
        {
          action: 'user.create',
          actorLabel: 'system',
          targetType: 'user',
          targetId: user.id,
          details: { email, role: 'admin', firstAdministrator: true },
        },
      );
    });
    if (generated) {
      // Printed once, on purpose: this is the only way the operator learns it. It is stored only as a hash.
      this.logger.warn(
        `First administrator created: ${email} with the password ${generated} — change it after signing in.`,
      );
    } else {
      this.logger.log(`First administrator created: ${email}`);
    }
  }

  async list(query: ListUsersQuery): Promise<Page<User>> {
    const window = pageWindow(query);
    const [rows, total] = await this.users.findAndCount({
      order: { email: 'ASC' },
      skip: window.offset,
      take: window.limit,
    });
    return toPage(rows.map(toUser), total, window);
  }

  async create(context: SignedInContext, dto: CreateUserDto): Promise<User> {
    await assertAcceptablePassword(dto.password, dto, 'password');
    const passwordHash = await hashPassword(dto.password);
    return conflictOnDuplicate(
      () =>
        this.transactions.run(async (manager) => {
          const email = dto.email.trim().toLowerCase();
          if (await manager.existsBy(UserEntity, { email }))
            throw conflict('duplicate_email', 'email', 'email: a user with this e-mail already exists');
          await this.assertActorExists(manager, dto.actorId ?? null);
          const user = await this.insertUser(
            manager,
            { email, name: dto.name.trim(), role: dto.role, actorId: dto.actorId ?? null },
            passwordHash,
          );
          await this.audit.record(manager, context, {
            action: 'user.create',
            targetType: 'user',
            targetId: user.id,
            details: { email, role: dto.role, actorId: user.actorId },
          });
          return toUser(user);
        }),
      'email: a user with this e-mail already exists',
      { field: 'email', code: 'duplicate_email' },
    );
  }

  update(context: SignedInContext, id: string, dto: UpdateUserDto): Promise<User> {
    return this.transactions.run(async (manager) => {
      const user = await this.findOrFail(manager, id);
      if (id === context.principal.userId && (dto.active === false || (dto.role && dto.role !== 'admin'))) {
        throw invalid(null, 'self_lockout', 'an administrator cannot deactivate or demote their own account');
      }
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      const change = <K extends 'name' | 'role' | 'actorId' | 'active'>(key: K, value: UserEntity[K] | undefined) => {
        if (value === undefined || value === user[key]) return;
        changes[key] = { from: user[key], to: value };
        user[key] = value;
      };
      if (dto.actorId !== undefined) await this.assertActorExists(manager, dto.actorId);
      change('name', dto.name?.trim());
      change('role', dto.role);
      change('actorId', dto.actorId);
      change('active', dto.active);
      if (Object.keys(changes).length === 0) return toUser(user);
      user.updatedAt = nowIso();
      await manager.save(user);
      // A deactivated user, or one whose rights changed, signs in again: open sessions end at once.
      if (changes['active'] || changes['role'] || changes['actorId']) await this.sessions.endAllOf(manager, id);
      // ... and a deactivated user's API tokens end for good, so reactivating the account does not revive them.
      if (changes['active'] && !user.active) await manager.delete(ApiTokenEntity, { userId: id });
      const action = changes['active']
        ? user.active
          ? 'user.activate'
          : 'user.deactivate'
        : changes['role']
          ? 'user.role_change'
          : 'user.update';
      await this.audit.record(manager, context, { action, targetType: 'user', targetId: id, details: changes });
      return toUser(user);
    });
  }

  async resetPassword(context: SignedInContext, id: string, password: string): Promise<void> {
    const account = await this.findOrFail(this.users.manager, id);
    // An account of single sign-on has no password, and must never get one: the provider decides who it is.
    if (account.oidcSubject !== null)
      throw conflict('single_sign_on_account', null, 'the account signs in through the identity provider');
    await assertAcceptablePassword(password, account, 'password');
    const passwordHash = await hashPassword(password);
    await this.transactions.run(async (manager) => {
      const user = await this.findOrFail(manager, id);
      user.passwordHash = passwordHash;
      user.updatedAt = nowIso();
      await manager.save(user);
      // A reset means the account may be compromised: its sessions and API tokens end too.
      await this.sessions.endAllOf(manager, id);
      await manager.delete(ApiTokenEntity, { userId: id });
      await this.audit.record(manager, context, { action: 'user.password_reset', targetType: 'user', targetId: id });
    });
  }

  /** Needs the current password (checked under the sign-in throttle); ends every other session and all API tokens. */
  async changeOwnPassword(context: SignedInContext, dto: ChangeOwnPasswordDto): Promise<void> {
    const user = await this.authentication.verifyCredentials(context.principal.email, dto.currentPassword, context);
    if (!user || user.id !== context.principal.userId)
      throw invalid('currentPassword', 'current_password_wrong', 'currentPassword is wrong');
    await assertAcceptablePassword(dto.newPassword, user, 'newPassword');
    const passwordHash = await hashPassword(dto.newPassword);
    await this.transactions.run(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash, updatedAt: nowIso() });
      // Every other session of the account ends; the one in use stays signed in.
      await manager
        .createQueryBuilder()
        .delete()
        .from('session')
        .where('user_id = :userId AND id <> :current', { userId: user.id, current: context.principal.sessionId ?? '' })
        .execute();
      await manager.delete(ApiTokenEntity, { userId: user.id });
      await this.audit.record(manager, context, {
        action: 'user.password_change',
        targetType: 'user',
        targetId: user.id,
      });
    });
  }

  private async insertUser(
    manager: EntityManager,
    fields: Pick<UserEntity, 'email' | 'name' | 'role' | 'actorId'>,
    passwordHash: string,
  ): Promise<UserEntity> {
    const now = nowIso();
    const user = manager.create(UserEntity, {
      id: newId(),
      ...fields,
      active: true,
      passwordHash,
      createdAt: now,
      updatedAt: now,
    });
    await manager.insert(UserEntity, user);
    return user;
  }

  private async findOrFail(manager: EntityManager, id: string): Promise<UserEntity> {
    const user = await manager.findOneBy(UserEntity, { id });
    if (!user) throw notFound(`no user with id ${id}`);
    return user;
  }

  private async assertActorExists(manager: EntityManager, actorId: string | null): Promise<void> {
    if (actorId !== null && !(await manager.existsBy(ActorEntity, { id: actorId }))) {
      throw invalid('actorId', 'unknown_reference', 'actorId must be the id of an existing actor', {}, true);
    }
  }
}
