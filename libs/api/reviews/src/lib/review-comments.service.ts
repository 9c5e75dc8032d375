import { AuditService } from '@leitbild-monitor/api/audit';
import { MeasureEntity } from '@leitbild-monitor/api/measures';
import {
  forbidden,
  newId,
  notFound,
  nowIso,
  pageWindow,
  PaginationQuery,
  Principal,
  SignedInContext,
  toPage,
  TransactionRunner,
} from '@leitbild-monitor/api/platform';
import type { Page, ReviewComment } from '@leitbild-monitor/shared/contracts';
import { REVIEW_COMMENT_EDIT_WINDOW_MINUTES } from '@leitbild-monitor/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ReviewCommentEntity } from './review-comment.entity';

const EDIT_WINDOW_MS = REVIEW_COMMENT_EDIT_WINDOW_MINUTES * 60_000;

/** Own comments can be corrected for a short while after writing; nobody can change or delete others'. */
export function mayEdit(comment: ReviewCommentEntity, principal: Principal, now = Date.now()): boolean {
  return comment.authorId === principal.userId && now - Date.parse(comment.createdAt) <= EDIT_WINDOW_MS;
}

@Injectable()
export class ReviewCommentsService {
  constructor(
    @InjectRepository(ReviewCommentEntity) private readonly comments: Repository<ReviewCommentEntity>,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async list(measureId: string, principal: Principal, query: PaginationQuery): Promise<Page<ReviewComment>> {
    if (!(await this.comments.manager.existsBy(MeasureEntity, { id: measureId }))) {
      throw notFound(`no measure with id ${measureId}`);
    }
    const window = pageWindow(query);
    const [rows, total] = await this.comments.findAndCount({
      where: { measureId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: window.offset,
      take: window.limit,
    });
    return toPage(
      rows.map((row) => toReviewComment(row, principal)),
      total,
      window,
    );
  }

  create(context: SignedInContext, measureId: string, text: string): Promise<ReviewComment> {
    return this.transactions.run(async (manager) => {
      if (!(await manager.existsBy(MeasureEntity, { id: measureId })))
        throw notFound(`no measure with id ${measureId}`);
      const now = nowIso();
      const comment = manager.create(ReviewCommentEntity, {
        id: newId(),
        measureId,
        authorId: context.principal.userId,
        authorName: context.principal.name,
        text: text.trim(),
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(ReviewCommentEntity, comment);
      await this.audit.record(manager, context, {
        action: 'review_comment.create',
        targetType: 'measure',
        targetId: measureId,
        details: { commentId: comment.id },
      });
      return toReviewComment(comment, context.principal);
    });
  }

  update(context: SignedInContext, measureId: string, commentId: string, text: string): Promise<ReviewComment> {
    return this.transactions.run(async (manager) => {
      const comment = await manager.findOneBy(ReviewCommentEntity, { id: commentId, measureId });
      if (!comment) throw notFound(`no comment with id ${commentId} on this measure`);
      if (comment.authorId !== context.principal.userId)
        throw forbidden('author_only', 'only the author may edit a comment');
      if (!mayEdit(comment, context.principal)) {
        throw forbidden(
          'edit_window_closed',
          `comments can be edited only within ${REVIEW_COMMENT_EDIT_WINDOW_MINUTES} minutes`,
          { minutes: REVIEW_COMMENT_EDIT_WINDOW_MINUTES },
        );
      }
      const previous = comment.text;
      comment.text = text.trim();
      comment.updatedAt = nowIso();
      await manager.save(comment);
      await this.audit.record(manager, context, {
        action: 'review_comment.update',
        targetType: 'measure',
        targetId: measureId,
        details: { commentId, previousText: previous },
      });
      return toReviewComment(comment, context.principal);
    });
  }
}

export function toReviewComment(row: ReviewCommentEntity, principal: Principal): ReviewComment {
  return {
    id: row.id,
    measureId: row.measureId,
    authorId: row.authorId,
    authorName: row.authorName,
    text: row.text,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    editable: mayEdit(row, principal),
  };
}
