export * from './leitbild.fixture';
