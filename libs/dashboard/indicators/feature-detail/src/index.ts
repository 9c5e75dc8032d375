export * from './lib/indicator-page.component';
