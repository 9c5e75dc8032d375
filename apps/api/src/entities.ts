import { AUDIT_ENTITIES } from '@leitbild-monitor/api/audit';
import { AUTH_ENTITIES } from '@leitbild-monitor/api/auth';
import { CATALOG_ENTITIES } from '@leitbild-monitor/api/catalog';
import { INDICATOR_ENTITIES } from '@leitbild-monitor/api/indicators';
import { MEASURE_ENTITIES } from '@leitbild-monitor/api/measures';
import { NOTIFICATION_ENTITIES } from '@leitbild-monitor/api/notifications';
import { MEETING_ENTITIES } from '@leitbild-monitor/api/meetings';
import { PAGE_ENTITIES } from '@leitbild-monitor/api/pages';
import { REPORTING_ENTITIES } from '@leitbild-monitor/api/reporting';
import { REVIEW_ENTITIES } from '@leitbild-monitor/api/reviews';

/** Every entity of the API, listed explicitly because the server is bundled (no glob discovery). */
export const ENTITIES = [
  ...CATALOG_ENTITIES,
  ...MEASURE_ENTITIES,
  ...INDICATOR_ENTITIES,
  ...AUTH_ENTITIES,
  ...AUDIT_ENTITIES,
  ...REVIEW_ENTITIES,
  ...REPORTING_ENTITIES,
  ...PAGE_ENTITIES,
  ...NOTIFICATION_ENTITIES,
  ...MEETING_ENTITIES,
];
