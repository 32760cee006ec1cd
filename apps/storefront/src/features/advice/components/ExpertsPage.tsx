import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button, ConfirmDialog, EmptyState, toast } from '@/components/ui';
import { usePageTitle } from '@/lib/page-title';
import { useCategoryExperts, useRemoveCategoryExpert, useSetCategoryExpert } from '../hooks/use-advice';
import { AdviceDate } from './shared';
import '../advice.css';

/**
 * Brand managers choose category experts: members whose answers to questions in that category carry
 * an expert badge (vendors' staff and brand staff get theirs from their role). An answer keeps the
 * badge it was written with, so removing an expert does not change what they already wrote.
 */
export function ExpertsPage() {
  usePageTitle('Category experts');
  const { data, isLoading, error } = useCategoryExperts();
  const set = useSetCategoryExpert();
  const remove = useRemoveCategoryExpert();
  const [accountId, setAccountId] = useState('');
  const [categoryId, setCategoryId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const memberField = useId();
  const categoryField = useId();
  const problemId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!accountId || !categoryId) return setProblem('Choose a member and a category');
    setProblem(null);
    try {
      await set.mutateAsync({ accountId, categoryId });
      const member = data?.accounts.find((account) => account.id === accountId)?.displayName;
      const category = data?.categories.find((c) => c.id === categoryId)?.name;
      toast.success(`${member} is now an expert in ${category}`);
      setAccountId('');
    } catch (failure) {
      setProblem(failure instanceof Error ? failure.message : 'Something went wrong. Try again.');
    }
  };

  return (
    <section className="advice-experts" aria-labelledby="experts-title">
      <h1 id="experts-title">Category experts</h1>
      <p className="advice-lead">
        Experts answer questions in their category with an expert badge. Vendors’ staff and brand staff carry theirs already. An answer keeps the badge it was written
        with.
      </p>
      {isLoading && <p aria-live="polite">Loading experts…</p>}
      {error && <p role="alert">{error.message}</p>}
      {data && (
        <>
          <form className="advice-expert-form" onSubmit={submit} noValidate aria-labelledby="add-expert-title">
            <h2 id="add-expert-title">Mark an expert</h2>
            <div className="advice-expert-fields">
              <div className="field">
                <label htmlFor={memberField}>Member</label>
                <select id={memberField} value={accountId} onChange={(e) => setAccountId(e.target.value)} aria-describedby={problem ? problemId : undefined}>
                  <option value="">Choose a member…</option>
                  {data.accounts.map((account) => (
                    <option key={account.id} value={account.id}>
                      {account.displayName} ({account.email})
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={categoryField}>Category</label>
                <select id={categoryField} value={categoryId} onChange={(e) => setCategoryId(e.target.value)} aria-describedby={problem ? problemId : undefined}>
                  <option value="">Choose a category…</option>
                  {data.categories.map((category) => (
                    <option key={category.id} value={category.id}>
                      {category.name}
                    </option>
                  ))}
                </select>
              </div>
              <Button type="submit" pending={set.isPending} pendingLabel="Saving…">
                Mark as expert
              </Button>
            </div>
            {problem && (
              <p id={problemId} className="field-error" role="alert">
                {problem}
              </p>
            )}
          </form>
          {data.categoryExperts.length === 0 ? (
            <EmptyState title="No category experts yet" description="Mark members who know a category well: their answers there will stand out." />
          ) : (
            <div className="table-scroll">
              <table className="advice-experts-table">
                <caption className="visually-hidden">Category experts</caption>
                <thead>
                  <tr>
                    <th scope="col">Member</th>
                    <th scope="col">Category</th>
                    <th scope="col" className="advice-experts-since">
                      Since
                    </th>
                    <th scope="col">
                      <span className="visually-hidden">Remove</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.categoryExperts.map((expert) => (
                    <tr key={`${expert.member.id}-${expert.category.id}`}>
                      <th scope="row">
                        <Link to={`/members/${expert.member.id}`}>{expert.member.displayName}</Link>
                      </th>
                      <td>{expert.category.name}</td>
                      <td className="advice-experts-since">
                        <AdviceDate value={expert.appointedAt} />
                      </td>
                      <td className="advice-experts-action">
                        <ConfirmDialog
                          trigger={
                            <Button variant="secondary" size="sm">
                              Remove<span className="visually-hidden"> {expert.member.displayName} as expert in {expert.category.name}</span>
                            </Button>
                          }
                          title={`Remove ${expert.member.displayName} as expert in ${expert.category.name}?`}
                          description="Their new answers will no longer carry the expert badge. Answers they already wrote keep it."
                          confirmLabel="Remove"
                          pendingLabel="Removing…"
                          tone="danger"
                          onConfirm={() => remove.mutateAsync({ accountId: expert.member.id, categoryId: expert.category.id })}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
