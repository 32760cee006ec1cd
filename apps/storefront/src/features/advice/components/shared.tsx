import { useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { Badge, Button } from '@/components/ui';
import type { ExpertReason } from '@/gql/graphql';
import { STOREFRONT_LOCALE } from '@/lib/locale';

// In the storefront's language and UTC, so the server and the browser write the same (decision 0023).
const dateFormat = new Intl.DateTimeFormat(STOREFRONT_LOCALE, { dateStyle: 'medium', timeZone: 'UTC' });

export function AdviceDate({ value }: { value: string }) {
  return <time dateTime={value}>{dateFormat.format(new Date(value))}</time>;
}

const noChange = () => () => {};
/** False on the server and while the page hydrates, true after: forms are drawn live only. */
export const useInBrowser = () => useSyncExternalStore(noChange, () => true, () => false);

/** The badge an answer was written with: "Expert in Parts", the vendor's name, "Brand staff". */
export function ExpertBadge({ expert }: { expert: { reason: ExpertReason; label: string } | null | undefined }) {
  if (!expert) return null;
  return (
    <Badge tone="primary" className="advice-expert" title={EXPERT_TITLE[expert.reason]}>
      <span aria-hidden="true">✓ </span>
      {expert.label}
    </Badge>
  );
}

const EXPERT_TITLE: Record<ExpertReason, string> = {
  CATEGORY_EXPERT: 'Marked by the brand as an expert for this category',
  VENDOR_STAFF: 'Answered for a vendor',
  BRAND_STAFF: 'Answered for the brand',
};

export function answersLabel(count: number): string {
  return count === 1 ? '1 answer' : `${count} answers`;
}

export const MARKDOWN_HINT = 'Markdown works: **bold**, *italic*, lists with "- ", links as [text](https://…).';

/** The page's own "not here" (with the page's h1): a draft of someone else, a removed post, a wrong id. */
export function NotAvailable({ title, description }: { title: string; description: string }) {
  return (
    <section className="ui-empty" aria-labelledby="advice-missing-title">
      <h1 id="advice-missing-title" className="ui-empty-title">
        {title}
      </h1>
      <p className="ui-empty-description">{description}</p>
      <Button asChild variant="secondary">
        <Link to="/community">Back to the community</Link>
      </Button>
    </section>
  );
}
