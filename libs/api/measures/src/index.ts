export * from './lib/measure-history.entity';
export * from './lib/measure.entity';
export * from './lib/measures.module';
export * from './lib/measures.service';
export * from './lib/dto/list-measures.query';
export { CreateMeasureDto } from './lib/dto/create-measure.dto';
export { UpdateMeasureDto } from './lib/dto/update-measure.dto';
export { changesOfEdit } from './lib/measure-state';
