import { createParamDecorator, ExecutionContext } from '@nestjs/common';

/** Who made a change, as recorded in the history of a measure. */
export interface ChangeAuthor {
  userId: string | null;
  name: string;
}

/**
 * The author of the current request's changes. Until sign-in exists every write comes through the API
 * without an account, so it is recorded under that name; the sign-in module attaches the user to the
 * request as `author`, which takes precedence.
 */
export const ANONYMOUS_API_AUTHOR: ChangeAuthor = { userId: null, name: 'API' };

export const CurrentAuthor = createParamDecorator((_data: unknown, context: ExecutionContext): ChangeAuthor => {
  const request = context.switchToHttp().getRequest<{ author?: ChangeAuthor }>();
  return request.author ?? ANONYMOUS_API_AUTHOR;
});
