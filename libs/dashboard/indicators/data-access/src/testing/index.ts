export * from './indicator.fixture';
