/** A review comment ("Stellungnahme") of the integration council on a measure. */
export interface ReviewComment {
  id: string;
  measureId: string;
  authorId: string;
  authorName: string;
  text: string;
  createdAt: string;
  updatedAt: string;
  /** Whether the current user may still edit it (own comment, within the edit window). */
  editable: boolean;
}

export interface CreateReviewCommentRequest {
  text: string;
}

/** Own comments may be corrected for this long after writing them. */
export const REVIEW_COMMENT_EDIT_WINDOW_MINUTES = 15;
