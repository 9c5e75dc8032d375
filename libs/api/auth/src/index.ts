export * from './lib/access-denied.recorder';
export * from './lib/auth.module';
export * from './lib/user.entity';
