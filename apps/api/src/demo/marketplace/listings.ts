import { Injectable } from '@nestjs/common';

/** Demo: the vendors' approved products and services (listings feature). Idempotent: adds only what is missing. */
@Injectable()
export class DemoListings {
  async seed(): Promise<void> {}
}
