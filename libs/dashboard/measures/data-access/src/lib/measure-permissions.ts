import { Measure, User } from '@leitbild-monitor/shared/contracts';
import { mayWriteMeasure } from '@leitbild-monitor/shared/domain';

/**
 * Whether the user may change the measure, as the API decides it: admins and editors; an editor who works for
 * an actor only measures where that actor is lead or partner. The API checks again and answers 403.
 */
export function mayEditMeasure(
  user: User | null,
  measure: Pick<Measure, 'leadActorId' | 'partnerActorIds'> | null,
): boolean {
  if (user === null || (user.role !== 'admin' && user.role !== 'editor')) {
    return false;
  }
  return measure === null || mayWriteMeasure(user, measure);
}

/** Creating measures: admins and editors (an affiliated editor must name their actor as lead or partner). */
export function mayCreateMeasures(user: User | null): boolean {
  return user?.role === 'admin' || user?.role === 'editor';
}

/** Writing review comments ("Stellungnahmen"): the integration council and admins. */
export function mayWriteReviewComments(user: User | null): boolean {
  return user?.role === 'admin' || user?.role === 'reviewer';
}
