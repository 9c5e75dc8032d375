export * from './lib/review-comment.entity';
export * from './lib/review-comments.module';
