export * from './user.fixture';
