export * from './admin.fixture';
