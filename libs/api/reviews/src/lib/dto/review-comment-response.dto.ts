import type { ReviewComment } from '@leitbild-monitor/shared/contracts';

/** A review comment as an OpenAPI schema (the wire type is ReviewComment in shared/contracts). */
export class ReviewCommentResponseDto implements ReviewComment {
  id!: string;
  measureId!: string;
  authorId!: string;
  authorName!: string;
  text!: string;
  createdAt!: string;
  updatedAt!: string;
  /** Whether the current user may still edit it (own comment, within the edit window). */
  editable!: boolean;
}
