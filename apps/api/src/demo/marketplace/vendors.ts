import { Injectable } from '@nestjs/common';

/** Demo: the two demo vendors as approved vendor organisations with pages (vendors feature). Idempotent: adds only what is missing. */
@Injectable()
export class DemoVendors {
  async seed(): Promise<void> {}
}
