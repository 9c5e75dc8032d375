export * from './lib/account-page.component';
export * from './lib/admin.routes';
export * from './lib/access-denied-page.component';
