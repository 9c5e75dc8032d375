import type { Problem } from './problems';

/** Every list endpoint answers with a page. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

/**
 * The error body of every 4xx/5xx answer: `message` in English for people, `problems` as data for clients
 * (see PROBLEM_CODES).
 */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string | string[];
  problems: Problem[];
}

export interface HealthStatus {
  status: 'ok';
}
