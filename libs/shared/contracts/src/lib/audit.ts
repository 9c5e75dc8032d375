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

/** The outcome of verifying the audit log's keyed chain against its anchors (`npm run audit:verify`). */
export interface AuditChainReport {
  ok: boolean;
  /** Entries verified (up to the first that failed). */
  entries: number;
  /** The first entry that does not match, is missing or was cut off, if any. */
  brokenAt: number | null;
  /** What is wrong, in English for the operator; null when the log verifies. */
  problem: string | null;
  /** Anchors (heads recorded outside the database) the chain was checked against. */
  anchors: number;
  /** Remarks that do not fail verification, e.g. no anchors yet, or unkeyed entries sealed already broken. */
  notes: string[];
}
