import { Global, Module, type DynamicModule, type ValueProvider } from '@nestjs/common';

/**
 * The domains' settings from the configuration (`AccountsModule.options(...)`, …), provided once. It
 * holds values only: the domain modules stay non-global and are imported by whoever uses them, and
 * each finds its settings here.
 */
@Global()
@Module({})
export class DomainSettingsModule {
  static forRoot(settings: ValueProvider[]): DynamicModule {
    return { module: DomainSettingsModule, providers: settings, exports: settings.map((setting) => setting.provide) };
  }
}
