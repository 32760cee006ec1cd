import type { Provider } from '@nestjs/common';
import type { DomainEvents } from '@flagship/events';
import { CommissionRules } from './commission-rules.service';
import { OrderPart } from './order-part.entity';
import { OrderPartEvents } from './order-part.events';
import { OrderPartReactions } from './order-part.reactions';
import { OrderPartService } from './order-part.service';

export const orderPartProviders: Provider[] = [OrderPartService, OrderPartReactions, CommissionRules];
export const orderPartExports: Provider[] = [OrderPartService, CommissionRules];
export const orderPartEntities: Function[] = [OrderPart];
export const orderPartMigrations: Function[] = [];
export const orderPartEventGroups: DomainEvents[] = [OrderPartEvents];
export { OrderPart, OrderPartStatus, FundsStatus } from './order-part.entity';
export { OrderPartService, CommissionRules, OrderPartEvents };
export { allocate, commissionOn, commissionRefundFor, type CommissionRule } from './split';
