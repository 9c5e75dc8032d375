export * from './lib/login-page.component';
