import { Measure, User } from '@leitbild-monitor/shared/contracts';

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
  if (user.role === 'admin' || user.actorId === null || measure === null) {
    return true;
  }
  return measure.leadActorId === user.actorId || measure.partnerActorIds.includes(user.actorId);
}

/** Creating measures: admins and editors (an affiliated editor must name their actor as lead or partner). */
export function mayCreateMeasures(user: User | null): boolean {
  return user?.role === 'admin' || user?.role === 'editor';
}

/** Writing review comments ("Stellungnahmen"): the integration council and admins. */
export function mayWriteReviewComments(user: User | null): boolean {
  return user?.role === 'admin' || user?.role === 'reviewer';
}

/** Why the API would refuse an affiliated editor's choice of lead and partners (403), or null if it would not. */
export type ResponsibilityProblem = 'notInvolved' | 'leadOnly';

/**
 * The API's rules for who is responsible, as they apply to an editor who works for an actor: after the change
 * their actor must still be lead or partner, and only the lead actor's editors may change the lead or remove
 * partners. `before` is null for a new measure.
 */
export function responsibilityProblem(
  user: User | null,
  before: Pick<Measure, 'leadActorId' | 'partnerActorIds'> | null,
  after: Pick<Measure, 'leadActorId' | 'partnerActorIds'>,
): ResponsibilityProblem | null {
  if (user?.role !== 'editor' || user.actorId === null) return null;
  const own = user.actorId;
  if (after.leadActorId !== own && !after.partnerActorIds.includes(own)) return 'notInvolved';
  if (before === null || before.leadActorId === own) return null;
  const droppedPartner = before.partnerActorIds.some((id) => id !== own && !after.partnerActorIds.includes(id));
  return before.leadActorId !== after.leadActorId || droppedPartner ? 'leadOnly' : null;
}
