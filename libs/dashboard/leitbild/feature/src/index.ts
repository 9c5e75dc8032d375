export * from './lib/leitbild-page.component';
