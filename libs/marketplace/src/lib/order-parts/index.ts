import type { Provider } from '@nestjs/common';
import type { DomainEvents } from '@flagship/events';
import { CommissionRules } from './commission-rules.service';
import { OrderPartRefundsAndCommissionRules1765100004000 } from './migrations/1765100004000-order-part-refunds-and-commission-rules';
import { OrderPart } from './order-part.entity';
import { OrderPartEvents } from './order-part.events';
import { OrderPartRefund } from './order-part-refund.entity';
import { OrderPartRefundService } from './order-part-refund.service';
import { OrderPartRefundSweepJob } from './order-part-refund-sweep.job';
import { OrderPartReactions } from './order-part.reactions';
import { OrderPartResolver, OrderPartsOfOrderResolver, ProductSellerNameResolver } from './order-part.resolver';
import { OrderPartService } from './order-part.service';

export const orderPartProviders: Provider[] = [OrderPartService, OrderPartReactions, CommissionRules, OrderPartRefundService, OrderPartRefundSweepJob, OrderPartResolver, OrderPartsOfOrderResolver, ProductSellerNameResolver];
export const orderPartExports: Provider[] = [OrderPartService, CommissionRules, OrderPartRefundService];
export const orderPartEntities: Function[] = [OrderPart, OrderPartRefund];
// The settings folder's commission_rule table is created here too (settings has no migrations list).
export const orderPartMigrations: Function[] = [OrderPartRefundsAndCommissionRules1765100004000];
export const orderPartEventGroups: DomainEvents[] = [OrderPartEvents];
export { OrderPart, OrderPartStatus, FundsStatus } from './order-part.entity';
export { OrderPartRefund, OrderPartRefundStatus } from './order-part-refund.entity';
export { OrderPartPolicy, VendorOrderPartsPolicy } from './order-part.policy';
export { OrderPartService, CommissionRules, OrderPartEvents, OrderPartRefundService };
export type { OrderPartRefundRequest, RefundAttempt } from './order-part-refund.service';
export { ORPHANED_PART_REFUND_AFTER_MS } from './order-part-refund.service';
export { OrderPartRefundSweepJob, RETRY_ORPHANED_PART_REFUNDS_JOB } from './order-part-refund-sweep.job';
export { allocate, commissionOn, commissionOnGroups, commissionRefundFor, remainingNet, splitOrder, type CommissionRule, type PartGoods, type RuledGoods } from './split';
export { OrderPartEarnings, OrderPartShipTo, OrderPartRefundView } from './order-part.types';
