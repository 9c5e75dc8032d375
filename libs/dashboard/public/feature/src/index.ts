export * from './lib/public-page.component';
