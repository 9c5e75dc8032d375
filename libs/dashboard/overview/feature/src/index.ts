export * from './lib/overview-page.component';
