import { TIMESTAMP_COLUMN } from '@leitbild-monitor/api/platform';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A single sign-on under way: created when the browser is sent to the provider, deleted when the provider's
 * answer arrives (so an answer counts once) or after ten minutes. Keyed by the SHA-256 of `state`; neither the
 * state nor the browser's cookie is stored in the clear.
 */
@Entity('oidc_login')
@Index('idx_oidc_login_created', ['createdAt'])
export class OidcLoginEntity {
  /** SHA-256 (hex) of the `state` sent to the provider. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  /** SHA-256 (hex) of the HttpOnly cookie that binds the sign-in to the browser that started it. */
  @Column({ type: 'varchar', length: 64, name: 'browser_hash' })
  browserHash!: string;

  /** The PKCE code verifier; only its S256 challenge went to the provider. */
  @Column({ type: 'varchar', length: 128, name: 'code_verifier' })
  codeVerifier!: string;

  @Column({ type: 'varchar', length: 128 })
  nonce!: string;

  /** The dashboard path to go to afterwards (already checked). */
  @Column({ type: 'varchar', length: 2000, name: 'return_to' })
  returnTo!: string;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: string;
}
