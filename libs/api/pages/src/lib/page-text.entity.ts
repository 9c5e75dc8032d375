import { ID_COLUMN, TIMESTAMP_COLUMN } from '@leitbild-monitor/api/platform';
import type { PageLanguage, PageSlug } from '@leitbild-monitor/shared/contracts';
import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An edited page text in one language. Until a page is edited no row exists and the shipped default text is
 * served (version 0). `version` is the optimistic-locking counter behind ETag / If-Match. The sign-language
 * video is not here: it lies on disk beside the database (sign-video.store.ts).
 *
 * Checks and indexes are declared as the migration creates them (schema-drift.api-spec.ts).
 */
@Entity('page_text')
@Check('chk_page_text_version', 'version >= 1')
@Check(
  'chk_page_text_slug',
  "slug IN ('barrierefreiheit', 'leichte-sprache', 'gebaerdensprache', 'impressum', 'datenschutz')",
)
@Check('chk_page_text_lang', "lang IN ('de', 'en')")
@Index('idx_page_text_slug_lang', ['slug', 'lang'], { unique: true })
export class PageTextEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  slug!: PageSlug;

  @Column({ type: 'varchar', length: 2 })
  lang!: PageLanguage;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  content!: string;

  @Column({ type: 'varchar', length: 200, name: 'checked_by', nullable: true })
  checkedBy!: string | null;

  @Column({ type: 'varchar', length: 10, name: 'checked_on', nullable: true })
  checkedOn!: string | null;

  @Column({ type: 'varchar', length: 200, name: 'updated_by', nullable: true })
  updatedBy!: string | null;

  @Column({ ...TIMESTAMP_COLUMN, name: 'updated_at', nullable: true })
  updatedAt!: string | null;
}

/**
 * A barrier report sent through the public form. Holds only what the sender wrote and the page it names: no
 * address, no account. Never shown publicly.
 */
@Entity('barrier_report')
@Index('idx_barrier_report_created', ['createdAt'])
export class BarrierReportEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column({ type: 'text' })
  message!: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  page!: string | null;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: string;
}
