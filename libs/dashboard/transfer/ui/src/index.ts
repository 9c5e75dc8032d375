export * from './lib/export-links.component';
export * from './lib/import-errors.component';
export * from './lib/import-failure.component';
