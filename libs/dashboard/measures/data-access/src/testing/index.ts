export * from './measure-list.fixture';
export * from './measure.fixture';
