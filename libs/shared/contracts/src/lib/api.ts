/** Every list endpoint answers with a page. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

/** The error body of every 4xx/5xx answer. */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string | string[];
}

export interface HealthStatus {
  status: 'ok';
}
