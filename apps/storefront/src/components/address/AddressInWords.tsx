import { countryName } from '@/lib/countries';

export interface PostalAddress {
  name: string;
  line1: string;
  line2?: string | null;
  postcode: string;
  city: string;
  /** ISO 3166-1 alpha-2: written out as the country's name. */
  country: string;
}

/** An address as a person writes it on an envelope, the country in words ("Germany", not "DE"). */
export function AddressInWords({ address, className }: { address: PostalAddress; className?: string }) {
  return (
    <address className={className}>
      {address.name}
      <br />
      {address.line1}
      {address.line2 && (
        <>
          <br />
          {address.line2}
        </>
      )}
      <br />
      {address.postcode} {address.city}
      <br />
      {countryName(address.country)}
    </address>
  );
}

/** The same on one line, for a list or a select: "Ana Rider, Bergstraße 12, 10115 Berlin, Germany". */
export const addressOnOneLine = (address: PostalAddress) =>
  [address.name, address.line1, address.line2, `${address.postcode} ${address.city}`, countryName(address.country)].filter(Boolean).join(', ');
