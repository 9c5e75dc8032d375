import { IndicatorBase, User } from '@leitbild-monitor/shared/contracts';
import { mayWriteIndicator } from '@leitbild-monitor/shared/domain';

/**
 * Whether the user may change the indicator, its values and goals, as the API decides it: admins and editors; an
 * editor who works for an actor only indicators that actor is responsible for. The API checks again (403).
 */
export function mayEditIndicator(
  user: User | null,
  indicator: Pick<IndicatorBase, 'responsibleActorId'> | null,
): boolean {
  if (user === null || (user.role !== 'admin' && user.role !== 'editor')) return false;
  return indicator === null || mayWriteIndicator(user, indicator);
}

/** Creating indicators: admins and editors (an affiliated editor must name their actor as responsible). */
export function mayCreateIndicators(user: User | null): boolean {
  return user?.role === 'admin' || user?.role === 'editor';
}
