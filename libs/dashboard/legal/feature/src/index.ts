export * from './lib/legal-page.component';
export * from './lib/legal-footer.component';
