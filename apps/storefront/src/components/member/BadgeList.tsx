import type { BadgeKind } from '@/gql/graphql';
import { useBrand } from '@/lib/brand/brand';
import './member.css';

const EXPLANATIONS: Record<BadgeKind, string> = {
  BRAND_STAFF: 'Works for the brand: granted by the platform, never chosen',
  VENDOR: 'Speaks for this vendor: granted by the platform, never chosen',
  EXPERT: 'Marked as an expert by the brand',
};

/** The badges only the platform grants, shown next to a member's name wherever it appears. */
export function BadgeList({ badges }: { badges: readonly { kind: BadgeKind; label: string }[] }) {
  const brand = useBrand();
  if (badges.length === 0) return null;
  return (
    <span className="badge-list">
      {badges.map((badge) => (
        <span key={`${badge.kind}-${badge.label}`} className={`member-badge member-badge-${badge.kind.toLowerCase().replace('_', '-')}`} title={EXPLANATIONS[badge.kind]}>
          {badge.kind === 'BRAND_STAFF' ? `${brand.name ?? 'Brand'} staff` : badge.kind === 'VENDOR' && badge.label !== 'Vendor' ? `Vendor · ${badge.label}` : badge.label}
        </span>
      ))}
    </span>
  );
}
