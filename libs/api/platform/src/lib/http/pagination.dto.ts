import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, Page } from '@leitbild-monitor/shared/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `?page=&limit=` of every list endpoint; extend it with the list's own filters. */
export class PaginationQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE, { context: { problem: 'page_limit' } })
  limit?: number;
}

export function pageWindow(query: PaginationQuery): { page: number; limit: number; offset: number } {
  const page = query.page ?? 1;
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  return { page, limit, offset: (page - 1) * limit };
}

export function toPage<T>(items: T[], total: number, window: { page: number; limit: number }): Page<T> {
  return { items, total, page: window.page, limit: window.limit };
}
