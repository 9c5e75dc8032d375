import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FeedbackService } from './feedback.service';
import { BarrierReportEntity, PageTextEntity } from './page-text.entity';
import { FeedbackController, PagesController, PublicPagesController } from './pages.controller';
import { PagesService } from './pages.service';
import { SignVideoStore } from './sign-video.store';

export const PAGE_ENTITIES = [PageTextEntity, BarrierReportEntity];

/**
 * The public site's legal duties: the accessibility statement, Leichte Sprache, Gebärdensprache (with its video),
 * imprint and privacy notice, editable by administrators; and the anonymous barrier reports.
 */
@Module({
  imports: [TypeOrmModule.forFeature(PAGE_ENTITIES)],
  controllers: [PagesController, FeedbackController, PublicPagesController],
  providers: [PagesService, FeedbackService, SignVideoStore],
})
export class PagesModule {}
