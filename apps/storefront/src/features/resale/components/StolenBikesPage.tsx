import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormError } from '@/components/form/FormError';
import { TextAreaField } from '@/components/form/TextAreaField';
import { Badge, Button, EmptyState, toast } from '@/components/ui';
import type { ImportStolenBikesMutation as ImportResult } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { usePageTitle } from '@/lib/page-title';
import { ImportStolenBikesMutation } from '../graphql/resale';
import { resaleQueries } from '../queries';
import { formatDay } from './dates';
import '../resale.css';

/** `/manage/stolen-bikes`: import serials from CSV (with what was imported and which lines were not) and the list. */
export function StolenBikesPage() {
  usePageTitle('Stolen bikes');
  const query = useQuery(resaleQueries.stolen());
  const client = useQueryClient();
  const [csv, setCsv] = useState('');
  const [result, setResult] = useState<ImportResult['importStolenBikes'] | null>(null);
  const importCsv = useMutation({
    mutationFn: () => request(ImportStolenBikesMutation, { csv }),
    onSuccess: async (data) => {
      setResult(data.importStolenBikes);
      toast.success(data.importStolenBikes.added === 1 ? '1 serial added' : `${data.importStolenBikes.added} serials added`);
      await client.invalidateQueries({ queryKey: resaleQueries.all });
    },
  });
  const readFile = async (file: File | undefined) => {
    if (file) setCsv(await file.text());
  };

  return (
    <section aria-labelledby="stolen-bikes-title" className="stolen">
      <h1 id="stolen-bikes-title">Stolen bikes</h1>
      <p className="muted">Frame serials on this list cannot be listed on the used market; a live listing of a serial you add is blocked at once.</p>
      <section aria-labelledby="import-title" className="selling-panel">
        <h2 id="import-title">Import a CSV</h2>
        <p className="muted">
          The first line names the columns: <code>serial</code>, and optionally <code>note</code>.
        </p>
        <label className="stolen-file">
          <span>CSV file</span>
          <input type="file" accept=".csv,text/csv" onChange={(e) => readFile(e.target.files?.[0])} />
        </label>
        <TextAreaField label="Or paste it here" value={csv} onChange={(e) => setCsv(e.target.value)} rows={5} />
        <FormError message={importCsv.error?.message} />
        <Button onClick={() => importCsv.mutate()} disabled={importCsv.isPending || !csv.trim()}>
          {importCsv.isPending ? 'Importing…' : 'Import'}
        </Button>
        {result && (
          <div role="status" className="stolen-result">
            <p>
              <strong>{result.added}</strong> added, <strong>{result.duplicates}</strong> already on the list, <strong>{result.blockedListings}</strong> listings blocked.
            </p>
            {result.problems.length > 0 && (
              <ul>
                {result.problems.map((problem) => (
                  <li key={problem.line}>
                    Line {problem.line}: {problem.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </section>
      <h2>On the list</h2>
      {query.isLoading ? (
        <p aria-live="polite">Loading…</p>
      ) : !query.data?.stolenBikes.length ? (
        <EmptyState title="The list is empty" description="Import serials from the police or a registry." headingLevel={3} />
      ) : (
        <ul className="selling-list">
          {query.data.stolenBikes.map((bike) => (
            <li key={bike.id}>
              <div>
                <strong className="stolen-serial">{bike.serial}</strong>
                {bike.note && <p className="muted">{bike.note}</p>}
              </div>
              <Badge tone={bike.source === 'IMPORT' ? 'neutral' : 'warning'}>{bike.source === 'IMPORT' ? 'Imported' : 'Reported by its owner'}</Badge>
              <span className="muted">{formatDay(bike.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
