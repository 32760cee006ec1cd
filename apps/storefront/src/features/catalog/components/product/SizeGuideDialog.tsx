import { Button, Dialog } from '@/components/ui';
import type { ProductQuery } from '@/gql/graphql';

type SizeGuide = NonNullable<NonNullable<ProductQuery['product']>['sizeGuide']>;

/** The category's size table in a dialog, the size picked so far marked. */
export function SizeGuideDialog({ guide, categoryName, chosenSize }: { guide: SizeGuide; categoryName: string; chosenSize: string | null }) {
  return (
    <Dialog
      size="lg"
      title={`Size guide: ${categoryName}`}
      description={guide.note ?? undefined}
      trigger={
        <Button variant="ghost" size="sm" className="size-guide-trigger">
          Size guide
        </Button>
      }
    >
      <div className="table-scroll">
        <table className="size-guide-table">
          <thead>
            <tr>
              <th scope="col">Size</th>
              {guide.columns.map((column) => (
                <th scope="col" key={column}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {guide.rows.map((row) => {
              const chosen = row.size === chosenSize;
              return (
                <tr key={row.size} className={chosen ? 'size-guide-chosen' : undefined}>
                  <th scope="row">
                    {row.size}
                    {chosen && <span className="size-guide-chosen-note"> (chosen)</span>}
                  </th>
                  {row.values.map((value, i) => (
                    <td key={guide.columns[i] ?? i}>{value}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Dialog>
  );
}
