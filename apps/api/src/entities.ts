import { CATALOG_ENTITIES } from '@leitbild-monitor/api/catalog';
import { MEASURE_ENTITIES } from '@leitbild-monitor/api/measures';

/** Every entity of the API, listed explicitly because the server is bundled (no glob discovery). */
export const ENTITIES = [...CATALOG_ENTITIES, ...MEASURE_ENTITIES];
