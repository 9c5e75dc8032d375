export * from './lib/export-links.component';
