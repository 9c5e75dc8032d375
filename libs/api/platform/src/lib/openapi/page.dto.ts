import type { Page } from '@leitbild-monitor/shared/contracts';
import { ApiProperty } from '@nestjs/swagger';

/**
 * `Page<T>` of the shared contracts as a schema: every list answer. `items` is narrowed per operation
 * (`ApiPageResponse`), so the document names the item type of each list.
 */
export class PageDto implements Page<unknown> {
  @ApiProperty({ type: 'array', items: {}, description: 'The records of this page.' })
  items!: unknown[];
  /** How many records match, over all pages. */
  total!: number;
  /** The page number, from 1. */
  page!: number;
  /** The page size asked for. */
  limit!: number;
}
