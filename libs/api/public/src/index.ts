export * from './lib/public.module';
