export * from './lib/legal-page.component';
