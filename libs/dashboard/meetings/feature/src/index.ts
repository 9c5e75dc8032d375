export { MeetingsPageComponent } from './lib/meetings-page.component';
export { MeetingPageComponent } from './lib/meeting-page.component';
