export { PagesModule, PAGE_ENTITIES } from './lib/pages.module';
export { BarrierReportEntity } from './lib/page-text.entity';
export { sanitizePageHtml } from './lib/sanitize-page-html';
export { sniffVideoType, SIGN_VIDEO_URL } from './lib/sign-video.store';
