export * from './lib/auth.module';
export * from './lib/user.entity';
