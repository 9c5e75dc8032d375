import type { Principal } from '@leitbild-monitor/api/platform';
import type { UserEntity } from './user.entity';

/** The principal of a user, signed in through a session, a token, or neither (while signing in). */
export function principalOf(
  user: Pick<UserEntity, 'id' | 'email' | 'name' | 'role' | 'actorId'>,
  via: { sessionId?: string; tokenId?: string } = {},
): Principal {
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    actorId: user.actorId,
    sessionId: via.sessionId ?? null,
    tokenId: via.tokenId ?? null,
  };
}
