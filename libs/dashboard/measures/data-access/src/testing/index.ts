export * from './measure-list.fixture';
