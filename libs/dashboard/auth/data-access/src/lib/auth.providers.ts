import { EnvironmentProviders, inject, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { AuthService } from './auth.service';

/** Asks for the current user before the first navigation, so that the guards know the answer. */
export function provideAuth(): EnvironmentProviders {
  return makeEnvironmentProviders([provideAppInitializer(() => inject(AuthService).restore())]);
}
