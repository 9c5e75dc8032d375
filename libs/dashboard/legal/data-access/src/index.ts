export * from './lib/legal-pages.service';
