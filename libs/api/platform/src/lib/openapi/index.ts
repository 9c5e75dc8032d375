export * from './api-responses';
export * from './complete-document';
export * from './page.dto';
export * from './status-counts.dto';
