import type { UserRole } from '@leitbild-monitor/shared/contracts';

/** Who asks: the role and, for editors who work for an organisation, its actor. */
export interface MeasureWriter {
  role: UserRole;
  actorId: string | null;
}

/** Who is responsible for a measure. */
export interface MeasureResponsibility {
  leadActorId: string | null;
  partnerActorIds: readonly string[];
}

/** Which rule of responsibility a change breaks, as the problem code the API answers with. */
export type ResponsibilityProblemCode = 'not_lead_or_partner' | 'lead_actor_only';

/** Editors bound to an actor are the only writers the rules of responsibility restrict. */
function boundActor(writer: MeasureWriter | null): string | null {
  return writer?.role === 'editor' ? writer.actorId : null;
}

/**
 * Per-record right: an editor who works for an actor changes only measures where that actor is lead or partner
 * (and creates only such measures); admins and unaffiliated editors are not restricted. Roles that may not write
 * at all are the role check's business, not this rule's.
 */
export function mayWriteMeasure(writer: MeasureWriter | null, measure: MeasureResponsibility): boolean {
  const own = boundActor(writer);
  return own === null || measure.leadActorId === own || measure.partnerActorIds.includes(own);
}

/**
 * The rules for changing who is responsible, for an editor bound to an actor: after the change their actor is
 * still lead or partner (no handing a measure away to escape or lock others out), and only the lead actor's
 * editors may change the lead or remove partners (a partner could otherwise take a measure over). `before` is
 * null for a new measure. Null when the change is allowed.
 */
export function responsibilityProblem(
  writer: MeasureWriter | null,
  before: MeasureResponsibility | null,
  after: MeasureResponsibility,
): ResponsibilityProblemCode | null {
  const own = boundActor(writer);
  if (own === null) return null;
  if (!mayWriteMeasure(writer, after)) return 'not_lead_or_partner';
  if (before === null || before.leadActorId === own) return null;
  const droppedPartner = before.partnerActorIds.some((id) => id !== own && !after.partnerActorIds.includes(id));
  return before.leadActorId !== after.leadActorId || droppedPartner ? 'lead_actor_only' : null;
}
