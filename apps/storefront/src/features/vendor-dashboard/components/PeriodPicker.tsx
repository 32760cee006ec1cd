import type { DashboardPeriod } from '@/gql/graphql';
import { PERIODS } from '../figures';

/** The dashboard's period: three toggle buttons, the chosen one pressed. */
export function PeriodPicker({ value, onChange }: { value: DashboardPeriod; onChange: (period: DashboardPeriod) => void }) {
  return (
    <div role="group" aria-label="Period" className="vd-period">
      {PERIODS.map((period) => (
        <button key={period.value} type="button" className="vd-period-option" aria-pressed={period.value === value} onClick={() => onChange(period.value)}>
          <span className="vd-period-long">{period.label}</span>
          <span className="vd-period-short" aria-hidden="true">
            {period.short}
          </span>
        </button>
      ))}
    </div>
  );
}
