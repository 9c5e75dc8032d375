import { InitialSchema1763884800000 } from './migrations/1763884800000-initial-schema';
import { AccountsAuditReviews1763971200000 } from './migrations/1763971200000-accounts-audit-reviews';
import { ReportingDates1764057600000 } from './migrations/1764057600000-reporting-dates';
import { ScaleIndexes1764144000000 } from './migrations/1764144000000-scale-indexes';
import { Indicators1764316800000 } from './migrations/1764316800000-indicators';
import { SingleSignOn1764403200000 } from './migrations/1764403200000-single-sign-on';
import { PublicPages1764489600000 } from './migrations/1764489600000-public-pages';
import { AuditKeyIds1764576000000 } from './migrations/1764576000000-audit-key-ids';
import { Meetings1764662400000 } from './migrations/1764662400000-meetings';
import { CouncilPapers1764662400001 } from './migrations/1764662400001-council-papers';
import { Notifications1764748800000 } from './migrations/1764748800000-notifications';
import { SummaryRollups1765094400000 } from './migrations/1765094400000-summary-rollups';
import { AuditSealer1765180800000 } from './migrations/1765180800000-audit-sealer';
import { DataVersionSlots1765267200000 } from './migrations/1765267200000-data-version-slots';
import { RollupSlots1765267200001 } from './migrations/1765267200001-rollup-slots';
import { RedundantMeasureIndexes1765353600000 } from './migrations/1765353600000-redundant-measure-indexes';

/** All migrations in order, imported explicitly because the server is bundled. */
export const MIGRATIONS = [
  InitialSchema1763884800000,
  AccountsAuditReviews1763971200000,
  ReportingDates1764057600000,
  ScaleIndexes1764144000000,
  Indicators1764316800000,
  SingleSignOn1764403200000,
  PublicPages1764489600000,
  AuditKeyIds1764576000000,
  Meetings1764662400000,
  CouncilPapers1764662400001,
  Notifications1764748800000,
  SummaryRollups1765094400000,
  AuditSealer1765180800000,
  DataVersionSlots1765267200000,
  RollupSlots1765267200001,
  RedundantMeasureIndexes1765353600000,
];
