import { mayWriteMeasure, MeasureWriter } from './measure-rights';

/** Who is responsible for an indicator. */
export interface IndicatorResponsibility {
  responsibleActorId: string | null;
}

/**
 * Per-record right, the measures' rule applied to the responsible actor: an editor who works for an actor changes
 * (and creates) only indicators that actor is responsible for, and cannot hand one to another actor; admins and
 * editors without an actor are not restricted. Roles that may not write at all are the role check's business.
 */
export function mayWriteIndicator(writer: MeasureWriter | null, indicator: IndicatorResponsibility): boolean {
  return mayWriteMeasure(writer, { leadActorId: indicator.responsibleActorId, partnerActorIds: [] });
}
