import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app/app.component';
import { appConfig } from './app/app.config';
import { appRoutes } from './app/app.routes';
import { preloadFirstPage } from './app/first-page';

preloadFirstPage(appRoutes, window.location.pathname);
bootstrapApplication(AppComponent, appConfig).catch((error) => console.error(error));
