import { registerEnumType } from '@nestjs/graphql';

/** The window a dashboard's figures cover, ending now. */
export enum DashboardPeriod {
  LAST_30_DAYS = 'LAST_30_DAYS',
  LAST_90_DAYS = 'LAST_90_DAYS',
  LAST_365_DAYS = 'LAST_365_DAYS',
}
registerEnumType(DashboardPeriod, { name: 'DashboardPeriod', description: 'The window a dashboard covers, ending now.' });

const DAYS: Record<DashboardPeriod, number> = {
  [DashboardPeriod.LAST_30_DAYS]: 30,
  [DashboardPeriod.LAST_90_DAYS]: 90,
  [DashboardPeriod.LAST_365_DAYS]: 365,
};

/** The period's start and end (now). */
export function periodWindow(period: DashboardPeriod, now = new Date()): { from: Date; to: Date } {
  return { from: new Date(now.getTime() - DAYS[period] * 86_400_000), to: now };
}
