import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReviewCommentEntity } from './review-comment.entity';
import { ReviewCommentsController } from './review-comments.controller';
import { ReviewCommentsService } from './review-comments.service';

export const REVIEW_ENTITIES = [ReviewCommentEntity];

@Module({
  imports: [TypeOrmModule.forFeature(REVIEW_ENTITIES)],
  controllers: [ReviewCommentsController],
  providers: [ReviewCommentsService],
})
export class ReviewCommentsModule {}
