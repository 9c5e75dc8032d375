import type { Principal } from '@leitbild-monitor/api/platform';
import { mayEdit } from './review-comments.service';
import type { ReviewCommentEntity } from './review-comment.entity';

const author: Principal = {
  userId: 'u1',
  email: 'r@example.org',
  name: 'R',
  role: 'reviewer',
  actorId: null,
  sessionId: null,
  tokenId: null,
};
const comment = (createdAt: string) => ({ authorId: 'u1', createdAt }) as ReviewCommentEntity;

describe('mayEdit', () => {
  const now = Date.parse('2026-11-23T12:00:00.000Z');

  it('lets the author edit within 15 minutes', () => {
    expect(mayEdit(comment('2026-11-23T11:46:00.000Z'), author, now)).toBe(true);
    expect(mayEdit(comment('2026-11-23T11:45:00.000Z'), author, now)).toBe(true);
  });

  it('refuses after the window and to anyone else', () => {
    expect(mayEdit(comment('2026-11-23T11:44:59.000Z'), author, now)).toBe(false);
    expect(mayEdit(comment('2026-11-23T11:59:00.000Z'), { ...author, userId: 'u2', role: 'admin' }, now)).toBe(false);
  });
});
