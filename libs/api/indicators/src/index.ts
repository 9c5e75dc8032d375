export * from './lib/indicator.entity';
export * from './lib/indicators.module';
export * from './lib/indicators.service';
export * from './lib/indicator-view';
export * from './lib/dto/indicator.dto';
export { ListIndicatorsQuery } from './lib/dto/list-indicators.query';
export { IndicatorValuesExportService } from './lib/transfer/indicator-values-export.service';
