import type { ProductQuery } from '@/gql/graphql';

type Spec = NonNullable<ProductQuery['product']>['specs'][number];

/** The spec sheet: one row per line, its label as the row's header. */
export function SpecsTable({ specs }: { specs: readonly Spec[] }) {
  if (specs.length === 0) return null;
  return (
    <table className="spec-table">
      <tbody>
        {specs.map((spec) => (
          <tr key={spec.label}>
            <th scope="row">{spec.label}</th>
            <td>{spec.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
