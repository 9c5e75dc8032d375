export interface AuditEntry {
  id: number;
  /** UTC ISO timestamp. */
  at: string;
  userId: string | null;
  /** E-mail or name of whoever acted; for failed sign-ins the e-mail that was tried. */
  actorLabel: string | null;
  clientAddress: string | null;
  /** What happened, e.g. `auth.login`, `auth.login_failed`, `measure.update`, `access.denied`. */
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
  hash: string;
}

export interface AuditChainReport {
  ok: boolean;
  entries: number;
  /** The first entry whose hash does not match, if any. */
  brokenAt: number | null;
}
