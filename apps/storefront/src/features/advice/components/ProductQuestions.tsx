import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Link, useLocation } from 'react-router';
import { z } from 'zod';
import { FormError } from '@/components/form/FormError';
import { TextAreaField } from '@/components/form/TextAreaField';
import { TextField } from '@/components/form/TextField';
import { MarkdownBody } from '@/components/markdown/MarkdownBody';
import { MemberName } from '@/components/member/MemberName';
import { Badge, Button, toast } from '@/components/ui';
import { contributionPath } from '@/lib/community';
import { fieldError, formError, submitTo } from '@/lib/forms';
import { useViewer } from '@/lib/session/session';
import { useAskQuestion, useProductQuestions } from '../hooks/use-advice';
import { AdviceDate, ExpertBadge, MARKDOWN_HINT, answersLabel, useInBrowser } from './shared';
import '../advice.css';

/**
 * "Questions & answers" on a product page: its questions, newest first, each with the answer that
 * helped (expert badge and all), and a form to ask one for signed-in members ("Log in to ask" for
 * visitors). The product route module renders it under the product.
 */
export function ProductQuestions({ slug }: { slug: string }) {
  const { data, isLoading, error, fetchNextPage, hasNextPage, isFetchingNextPage } = useProductQuestions(slug);
  const product = data?.pages[0]?.product;
  const questions = data?.pages.flatMap((page) => page.product?.questions.nodes ?? []) ?? [];
  return (
    <section id="questions" className="advice-product-section" aria-labelledby="questions-title">
      <div className="advice-section-head">
        <h2 id="questions-title">Questions &amp; answers</h2>
        <p className="muted">Riders, experts and the shop answer each other. The asker marks the answer that helped.</p>
      </div>
      {isLoading && <p aria-live="polite">Loading questions…</p>}
      {error && <p role="alert">{error.message}</p>}
      {product && <AskInvitation productId={product.id} productName={product.name} />}
      {product && questions.length === 0 && <p className="muted">No questions yet: ask the first.</p>}
      {questions.length > 0 && (
        <ul className="advice-question-list">
          {questions.map((question) => (
            <li key={question.id} className="advice-question-card">
              <h3 className="advice-question-title">
                <Link to={contributionPath('QUESTION', question.id)}>{question.title}</Link>
              </h3>
              <p className="advice-meta">
                <MemberName member={question.author} />
                <span className="muted">
                  {question.publishedAt && <AdviceDate value={question.publishedAt} />} · {answersLabel(question.answers.length)}
                </span>
              </p>
              {question.acceptedAnswer ? (
                <div className="advice-accepted-preview">
                  <p className="advice-accepted-label">
                    <Badge tone="success">Answer that helped</Badge>
                    <ExpertBadge expert={question.acceptedAnswer.expert} />
                  </p>
                  <MarkdownBody html={question.acceptedAnswer.bodyHtml} className="advice-clamp" />
                </div>
              ) : (
                question.excerpt && <p className="advice-excerpt">{question.excerpt}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      {hasNextPage && (
        <Button variant="secondary" onClick={() => fetchNextPage()} pending={isFetchingNextPage} pendingLabel="Loading…">
          Show more questions
        </Button>
      )}
    </section>
  );
}

function AskInvitation({ productId, productName }: { productId: string; productName: string }) {
  const { viewer, isLoading } = useViewer();
  const { pathname } = useLocation();
  const inBrowser = useInBrowser();
  if (!inBrowser || isLoading) return <p className="muted advice-form-loading">Loading…</p>;
  if (!viewer) {
    return (
      <p className="advice-note">
        Have a question about the {productName}? <Link to={`/log-in?next=${encodeURIComponent(`${pathname}#questions`)}`}>Log in to ask</Link>.
      </p>
    );
  }
  return <AskQuestionForm productId={productId} productName={productName} />;
}

const askSchema = z.object({
  title: z.string().trim().min(1, 'Write your question').max(140, 'Keep the question to 140 characters'),
  body: z.string().max(20000, 'Keep it to 20000 characters'),
});

function AskQuestionForm({ productId, productName }: { productId: string; productName: string }) {
  const ask = useAskQuestion();
  const form = useForm({ resolver: zodResolver(askSchema), defaultValues: { title: '', body: '' } });
  const submit = submitTo(form, async ({ title, body }) => {
    await ask.mutateAsync({ productId, title, body, publish: true });
    form.reset();
    toast.success('Your question is posted: we let you know when someone answers');
  });
  return (
    <form className="advice-ask-form" onSubmit={submit} noValidate aria-labelledby="ask-title">
      <h3 id="ask-title">Ask about the {productName}</h3>
      <TextField label="Your question" maxLength={140} placeholder="Does it fit…?" {...form.register('title')} error={fieldError(form, 'title')} />
      <TextAreaField label="Details (optional)" rows={3} hint={MARKDOWN_HINT} {...form.register('body')} error={fieldError(form, 'body')} />
      <FormError message={formError(form)} />
      <Button type="submit" pending={form.formState.isSubmitting} pendingLabel="Posting…">
        Post question
      </Button>
    </form>
  );
}
