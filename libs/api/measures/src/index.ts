export * from './lib/api-measures.module';
