import { InitialSchema1763884800000 } from './migrations/1763884800000-initial-schema';

/** All migrations in order, imported explicitly because the server is bundled. */
export const MIGRATIONS = [InitialSchema1763884800000];
