export * from './lib/api-catalog.module';
