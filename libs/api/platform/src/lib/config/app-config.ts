import type { PasswordLogin } from '@leitbild-monitor/shared/contracts';
import { plainToInstance, Transform } from 'class-transformer';
import { dirname, join } from 'node:path';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsInt,
  IsIP,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { MaxLength } from '../http/text-rules';
import { OidcConfig, parseSsoSettings, SSO_ENV_KEYS, SsoVariables } from './sso-settings';
import { parseEmbedOrigins } from './embed-origins';
import { IsTrustedProxyList, parseTrustedProxies } from './trusted-proxies';

export type DatabaseConfig = { type: 'sqlite'; path: string } | { type: 'postgres'; url: string };

/** Settings of one running instance, read once from the environment at boot. */
export interface AppConfig {
  port: number;
  /** The address the server listens on: loopback unless it must be reached from other machines directly. */
  host: string;
  database: DatabaseConfig;
  adminEmail: string | null;
  adminPassword: string | null;
  demoData: boolean;
  /** JSON file with the Leitbild to load into an empty catalogue; null means the bundled Harburg Leitbild. */
  leitbildFile: string | null;
  /** Folder of the built dashboard; null means the folder next to the built API. */
  dashboardDir: string | null;
  /** A session ends after this many minutes without a request ... */
  sessionIdleMinutes: number;
  /** ... and at the latest this many hours after sign-in. */
  sessionMaxHours: number;
  /** Requests per minute and client address the API answers before 429. */
  rateLimitPerMinute: number;
  /** A request must arrive whole within this many seconds (its headers within a third of it), else 408. */
  requestTimeoutSeconds: number;
  /**
   * Addresses and networks of the reverse proxies whose X-Forwarded-* headers count (client address, https);
   * empty: none. By address, never by hop count, so a client that reaches the port directly cannot claim one.
   */
  trustedProxies: string[];
  /** Scheduled SQLite backups: where, how often (0: never) and how many to keep. */
  backup: { dir: string; intervalHours: number; keep: number };
  /** The audit log's keys and where its key file and anchors live (docs/security.md, "Audit log"). */
  audit: AuditConfig;
  /** PUBLIC_URL: the product's address as people reach it (links, the sign-on redirect URI); null when unset. */
  publicUrl: string | null;
  /**
   * EMBED_ALLOWED_ORIGINS: the sites (origins) that may show /public/embed in a frame; empty: none. Every other page
   * may not be framed by anyone.
   */
  embedAllowedOrigins: string[];
  /** PASSWORD_LOGIN: who may sign in with a password (docs/sso.md). */
  passwordLogin: PasswordLogin;
  /** Single sign-on with OpenID Connect; null when not configured. */
  oidc: OidcConfig | null;
  /** E-mail notices (docs/notifications.md). */
  mail: MailConfig;
}

export interface MailConfig {
  /** SMTP_URL: `smtp://` or `smtps://` with credentials; null: no e-mail is sent (the to-do page still works). */
  smtpUrl: string | null;
  /** MAIL_FROM: the sender of the notices. */
  from: string;
  /** NOTIFY_INTERVAL_MINUTES: how often the scheduler looks for due notices; 0 turns it off (tests, `npm run notify`). */
  intervalMinutes: number;
}

export interface AuditConfig {
  /** AUDIT_KEY in hex; null: the key file beside the SQLite database (generated at the first start). */
  key: string | null;
  /** AUDIT_PREVIOUS_KEYS in hex: retired keys, so entries sealed before a rotation still verify. */
  previousKeys: string[];
  /** Where a generated key is kept when AUDIT_KEY is unset: beside the SQLite database; null on PostgreSQL. */
  keyFile: string | null;
  /** AUDIT_ANCHOR_FILE: the append-only file of the chain's anchors. */
  anchorFile: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

const booleanFromString = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return value;
};

/** 32 to 64 random bytes in hex, as `openssl rand -hex 32` prints them. */
export const AUDIT_KEY_PATTERN = /^(?:[0-9a-fA-F]{2}){32,64}$/;
const AUDIT_KEY_RULE = '64 to 128 hexadecimal characters (32 to 64 random bytes, e.g. from openssl rand -hex 32)';

const keyList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((key) => key.trim())
        .filter((key) => key !== '')
    : value;

const toInteger = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : typeof value === 'string' && /^\d+$/.test(value)
      ? Number(value)
      : value;

/** The environment variables the product understands, with their rules (single sign-on: sso-settings.ts). */
class EnvironmentVariables implements SsoVariables {
  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'PORT must be a whole number between 1 and 65535' })
  @Min(1, { message: 'PORT must be a whole number between 1 and 65535' })
  @Max(65535, { message: 'PORT must be a whole number between 1 and 65535' })
  PORT?: number;

  @IsOptional()
  @IsIP(undefined, { message: 'HOST must be the IP address to listen on, e.g. 127.0.0.1 (default), 0.0.0.0 or ::' })
  HOST?: string;

  @IsOptional()
  @IsString()
  @Matches(/^(sqlite:.+|postgres(ql)?:\/\/.+)$/, {
    message: 'DATABASE_URL must be sqlite:<path> or postgres://user:password@host:port/database',
  })
  DATABASE_URL?: string;

  @IsOptional()
  @IsEmail({}, { message: 'ADMIN_EMAIL must be an e-mail address' })
  @MaxLength(254)
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(8, { message: 'ADMIN_PASSWORD must be at least 8 characters long' })
  @MaxLength(128, { message: 'ADMIN_PASSWORD must be at most 128 characters long' })
  ADMIN_PASSWORD?: string;

  @IsOptional()
  @Transform(booleanFromString)
  @IsBoolean({ message: 'DEMO_DATA must be true or false' })
  DEMO_DATA?: boolean;

  @IsOptional()
  @IsString()
  LEITBILD_FILE?: string;

  @IsOptional()
  @IsString()
  DASHBOARD_DIR?: string;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'SESSION_IDLE_MINUTES must be a whole number between 1 and 1440' })
  @Min(1, { message: 'SESSION_IDLE_MINUTES must be a whole number between 1 and 1440' })
  @Max(1440, { message: 'SESSION_IDLE_MINUTES must be a whole number between 1 and 1440' })
  SESSION_IDLE_MINUTES?: number;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'SESSION_MAX_HOURS must be a whole number between 1 and 168' })
  @Min(1, { message: 'SESSION_MAX_HOURS must be a whole number between 1 and 168' })
  @Max(168, { message: 'SESSION_MAX_HOURS must be a whole number between 1 and 168' })
  SESSION_MAX_HOURS?: number;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'RATE_LIMIT_PER_MINUTE must be a whole number of at least 10' })
  @Min(10, { message: 'RATE_LIMIT_PER_MINUTE must be a whole number of at least 10' })
  RATE_LIMIT_PER_MINUTE?: number;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'REQUEST_TIMEOUT_SECONDS must be a whole number of seconds between 1 and 3600' })
  @Min(1, { message: 'REQUEST_TIMEOUT_SECONDS must be a whole number of seconds between 1 and 3600' })
  @Max(3600, { message: 'REQUEST_TIMEOUT_SECONDS must be a whole number of seconds between 1 and 3600' })
  REQUEST_TIMEOUT_SECONDS?: number;

  @IsOptional()
  @IsString()
  BACKUP_DIR?: string;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'BACKUP_INTERVAL_HOURS must be a whole number of hours between 0 (off) and 8760' })
  @Min(0, { message: 'BACKUP_INTERVAL_HOURS must be a whole number of hours between 0 (off) and 8760' })
  @Max(8760, { message: 'BACKUP_INTERVAL_HOURS must be a whole number of hours between 0 (off) and 8760' })
  BACKUP_INTERVAL_HOURS?: number;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'BACKUP_KEEP must be a whole number between 1 and 1000' })
  @Min(1, { message: 'BACKUP_KEEP must be a whole number between 1 and 1000' })
  @Max(1000, { message: 'BACKUP_KEEP must be a whole number between 1 and 1000' })
  BACKUP_KEEP?: number;

  @IsOptional()
  @IsString()
  @IsTrustedProxyList()
  TRUST_PROXY?: string;

  @IsOptional()
  @IsString()
  @Matches(AUDIT_KEY_PATTERN, { message: `AUDIT_KEY must be ${AUDIT_KEY_RULE}` })
  AUDIT_KEY?: string;

  @IsOptional()
  @Transform(keyList)
  @IsArray({ message: 'AUDIT_PREVIOUS_KEYS must be a comma-separated list of keys' })
  @ArrayMaxSize(20, { message: 'AUDIT_PREVIOUS_KEYS may name at most 20 keys' })
  @Matches(AUDIT_KEY_PATTERN, { each: true, message: `every key in AUDIT_PREVIOUS_KEYS must be ${AUDIT_KEY_RULE}` })
  AUDIT_PREVIOUS_KEYS?: string[];

  @IsOptional()
  @IsString()
  @MaxLength(4096)
  AUDIT_ANCHOR_FILE?: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @Matches(/^smtps?:\/\/[^\s]+$/, {
    message: 'SMTP_URL must be smtp://user:password@host:port or smtps://user:password@host:port',
  })
  SMTP_URL?: string;

  @IsOptional()
  @IsString()
  @MaxLength(320)
  @Matches(/^(?:[^<>\r\n]*<[^@\s<>]+@[^@\s<>]+>|[^@\s<>]+@[^@\s<>]+)$/, {
    message: 'MAIL_FROM must be an e-mail address, optionally with a name: Leitbild-Monitor <monitor@example.org>',
  })
  MAIL_FROM?: string;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'NOTIFY_INTERVAL_MINUTES must be a whole number of minutes between 0 (off) and 1440' })
  @Min(0, { message: 'NOTIFY_INTERVAL_MINUTES must be a whole number of minutes between 0 (off) and 1440' })
  @Max(1440, { message: 'NOTIFY_INTERVAL_MINUTES must be a whole number of minutes between 0 (off) and 1440' })
  NOTIFY_INTERVAL_MINUTES?: number;

  @IsOptional() @IsString() @MaxLength(4000) EMBED_ALLOWED_ORIGINS?: string;

  @IsOptional() @IsString() @MaxLength(2000) PUBLIC_URL?: string;
  @IsOptional() @IsString() @MaxLength(10) PASSWORD_LOGIN?: string;
  @IsOptional() @IsString() @MaxLength(500) OIDC_ISSUER?: string;
  @IsOptional() @IsString() @MaxLength(255) OIDC_CLIENT_ID?: string;
  @IsOptional() @IsString() @MaxLength(1000) OIDC_CLIENT_SECRET?: string;
  @IsOptional() @IsString() @MaxLength(2000) OIDC_SCOPES?: string;
  @IsOptional() @IsString() @MaxLength(300) OIDC_ROLE_CLAIM?: string;
  @IsOptional() @IsString() @MaxLength(100_000) OIDC_ROLE_MAP?: string;
  @IsOptional() @IsString() @MaxLength(1000) OIDC_LABEL?: string;
}

/** The variables read from the environment; everything else in it is ignored. */
const ENV_KEYS = [
  'PORT',
  'HOST',
  'DATABASE_URL',
  'ADMIN_EMAIL',
  'ADMIN_PASSWORD',
  'DEMO_DATA',
  'LEITBILD_FILE',
  'DASHBOARD_DIR',
  'SESSION_IDLE_MINUTES',
  'SESSION_MAX_HOURS',
  'RATE_LIMIT_PER_MINUTE',
  'REQUEST_TIMEOUT_SECONDS',
  'TRUST_PROXY',
  'BACKUP_DIR',
  'BACKUP_INTERVAL_HOURS',
  'BACKUP_KEEP',
  'AUDIT_KEY',
  'AUDIT_PREVIOUS_KEYS',
  'AUDIT_ANCHOR_FILE',
  'EMBED_ALLOWED_ORIGINS',
  'SMTP_URL',
  'MAIL_FROM',
  'NOTIFY_INTERVAL_MINUTES',
  ...SSO_ENV_KEYS,
] as const;

export class InvalidConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid settings:\n- ${problems.join('\n- ')}`);
    this.name = 'InvalidConfigError';
  }
}

/** Loopback: the usual set-up has a reverse proxy with TLS on the same machine (docs/deployment.md). */
export const DEFAULT_HOST = '127.0.0.1';

export const DEFAULT_DATABASE_URL = 'sqlite:./data/leitbild-monitor.db';

export function parseDatabaseUrl(url: string): DatabaseConfig {
  if (url.startsWith('sqlite:')) return { type: 'sqlite', path: url.slice('sqlite:'.length) };
  return { type: 'postgres', url };
}

/** Validates the environment and returns the settings, or throws naming every bad variable. */
export function loadAppConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const known = Object.fromEntries(
    ENV_KEYS.map((key) => [key, env[key]]).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = plainToInstance(EnvironmentVariables, known);
  const errors = validateSync(parsed, { forbidUnknownValues: true });
  const problems = errors.flatMap((error) => Object.values(error.constraints ?? {}));
  if (parsed.ADMIN_PASSWORD && !parsed.ADMIN_EMAIL) problems.push('ADMIN_PASSWORD is set but ADMIN_EMAIL is not');
  const sso = parseSsoSettings(parsed, problems);
  const embedAllowedOrigins = parseEmbedOrigins(parsed.EMBED_ALLOWED_ORIGINS, problems);
  const database = parseDatabaseUrl(parsed.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  // A key generated into a file would differ between instances that share one PostgreSQL database.
  const invalid = new Set(errors.map((error) => error.property));
  if (database.type === 'postgres' && !parsed.AUDIT_KEY && !invalid.has('DATABASE_URL') && !invalid.has('AUDIT_KEY'))
    problems.push('AUDIT_KEY must be set when DATABASE_URL names PostgreSQL (the same key on every instance)');
  if (problems.length > 0) throw new InvalidConfigError(problems);

  // Beside the SQLite database; on PostgreSQL in ./data, where the default SQLite database would be.
  const dataDir = database.type === 'sqlite' ? dirname(database.path) : 'data';
  return {
    port: parsed.PORT ?? 3000,
    host: parsed.HOST ?? DEFAULT_HOST,
    database,
    adminEmail: parsed.ADMIN_EMAIL ?? null,
    adminPassword: parsed.ADMIN_PASSWORD ?? null,
    demoData: parsed.DEMO_DATA ?? true,
    leitbildFile: parsed.LEITBILD_FILE || null,
    dashboardDir: parsed.DASHBOARD_DIR || null,
    sessionIdleMinutes: parsed.SESSION_IDLE_MINUTES ?? 30,
    sessionMaxHours: parsed.SESSION_MAX_HOURS ?? 12,
    rateLimitPerMinute: parsed.RATE_LIMIT_PER_MINUTE ?? 600,
    requestTimeoutSeconds: parsed.REQUEST_TIMEOUT_SECONDS ?? 60,
    trustedProxies: parseTrustedProxies(parsed.TRUST_PROXY),
    backup: {
      dir: parsed.BACKUP_DIR ?? join(database.type === 'sqlite' ? dirname(database.path) : '.', 'backups'),
      intervalHours: parsed.BACKUP_INTERVAL_HOURS ?? 24,
      keep: parsed.BACKUP_KEEP ?? 14,
    },
    audit: {
      key: parsed.AUDIT_KEY?.toLowerCase() ?? null,
      previousKeys: (parsed.AUDIT_PREVIOUS_KEYS ?? []).map((key) => key.toLowerCase()),
      keyFile: database.type === 'sqlite' ? join(dataDir, 'audit.key') : null,
      anchorFile: parsed.AUDIT_ANCHOR_FILE ?? join(dataDir, 'audit-anchors.log'),
    },
    embedAllowedOrigins,
    ...sso,
    mail: {
      smtpUrl: parsed.SMTP_URL ?? null,
      from: parsed.MAIL_FROM ?? 'Leitbild-Monitor <leitbild-monitor@localhost>',
      intervalMinutes: parsed.NOTIFY_INTERVAL_MINUTES ?? 5,
    },
  };
}
