export * from './lib/catalog.service';
