export * from './lib/auth.guards';
export * from './lib/auth.providers';
export * from './lib/auth.service';
export * from './lib/return-url';
export * from './lib/session-expiry.interceptor';
