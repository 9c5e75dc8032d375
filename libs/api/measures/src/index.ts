export * from './lib/measure-history.entity';
export * from './lib/measure.entity';
export * from './lib/measures.module';
export * from './lib/measures.service';
export * from './lib/dto/list-measures.query';
