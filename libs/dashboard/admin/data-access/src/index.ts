export * from './lib/account.service';
export * from './lib/all-pages';
export * from './lib/catalog-admin.service';
export * from './lib/users-admin.service';
