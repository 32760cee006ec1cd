import type { Provider } from '@nestjs/common';
import { LedgerEntry, LedgerTransaction, LedgerTransactionKind } from './ledger.entity';
import { LedgerService } from './ledger.service';

export const ledgerProviders: Provider[] = [LedgerService];
export const ledgerExports: Provider[] = [LedgerService];
export const ledgerEntities: Function[] = [LedgerTransaction, LedgerEntry];
export { LedgerEntry, LedgerTransaction, LedgerTransactionKind, LedgerService };
export { LedgerAccounts, type SellerRef } from './ledger-accounts';
export type { LedgerLine, LedgerPosting } from './ledger.service';
