export { MeetingsPageComponent } from './lib/meetings-page.component';
export { MeetingPageComponent } from './lib/meeting-page.component';
export { MeetingBodiesAdminPageComponent } from './lib/meeting-bodies-admin-page.component';
