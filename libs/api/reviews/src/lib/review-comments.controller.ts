import {
  ANY_SIGNED_IN,
  ApiJsonResponse,
  ApiPageResponse,
  CurrentContext,
  MaxLength,
  PaginationQuery,
  Roles,
  SignedInContext,
  Trim,
} from '@leitbild-monitor/api/platform';
import type { CreateReviewCommentRequest, Page, ReviewComment } from '@leitbild-monitor/shared/contracts';
import { TEXT_LIMITS } from '@leitbild-monitor/shared/contracts';
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsString } from 'class-validator';
import { ReviewCommentResponseDto } from './dto/review-comment-response.dto';
import { ReviewCommentsService } from './review-comments.service';

export class ReviewCommentDto implements CreateReviewCommentRequest {
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.comment)
  text!: string;
}

/** The council's review comments on a measure: everyone signed in reads them; reviewers and admins write. */
@ApiTags('review comments')
@Roles(...ANY_SIGNED_IN)
@Controller('measures/:measureId/comments')
export class ReviewCommentsController {
  constructor(private readonly comments: ReviewCommentsService) {}

  /** Newest first. */
  @Get()
  @ApiPageResponse(ReviewCommentResponseDto)
  list(
    @CurrentContext() context: SignedInContext,
    @Param('measureId') measureId: string,
    @Query() query: PaginationQuery,
  ): Promise<Page<ReviewComment>> {
    return this.comments.list(measureId, context.principal, query);
  }

  /** Writes a review comment (reviewers, administrators). */
  @Roles('reviewer', 'admin')
  @Post()
  @ApiJsonResponse(ReviewCommentResponseDto, { status: 201 })
  create(
    @CurrentContext() context: SignedInContext,
    @Param('measureId') measureId: string,
    @Body() dto: ReviewCommentDto,
  ): Promise<ReviewComment> {
    return this.comments.create(context, measureId, dto.text);
  }

  /** The author corrects their comment within the edit window. */
  @Roles('reviewer', 'admin')
  @Patch(':commentId')
  @ApiJsonResponse(ReviewCommentResponseDto)
  update(
    @CurrentContext() context: SignedInContext,
    @Param('measureId') measureId: string,
    @Param('commentId') commentId: string,
    @Body() dto: ReviewCommentDto,
  ): Promise<ReviewComment> {
    return this.comments.update(context, measureId, commentId, dto.text);
  }
}
