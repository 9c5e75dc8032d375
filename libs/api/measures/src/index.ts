export * from './lib/measure-history.entity';
export * from './lib/measure.entity';
export * from './lib/measures.module';
export * from './lib/measures.service';
