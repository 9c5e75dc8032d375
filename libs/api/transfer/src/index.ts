export * from './lib/transfer.module';
export * from './lib/measure-export.service';
export * from './lib/measure-import.service';
export * from './lib/uploads';
export { sendFile } from './lib/transfer.controller';
export { OpenDataExportQuery } from './lib/dto/transfer.query';
