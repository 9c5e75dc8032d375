export * from './lib/indicator-list-page.component';
