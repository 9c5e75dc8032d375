import { DashboardModule } from '@leitbild-monitor/api/dashboard';
import { MeasuresModule } from '@leitbild-monitor/api/measures';
import { Module } from '@nestjs/common';
import { PublicController } from './public.controller';

@Module({ imports: [MeasuresModule, DashboardModule], controllers: [PublicController] })
export class PublicModule {}
