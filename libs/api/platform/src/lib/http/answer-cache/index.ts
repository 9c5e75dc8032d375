export * from './answer-cache';
export * from './answer-cache.interceptor';
export * from './answer-cache.module';
export * from './answer-store';
export * from './cached-on-data-version.decorator';
export { dataVersionEtag, ifNoneMatchHolds } from './answer-store';
