import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  /** What the viewer can do about it, in a sentence. */
  description?: ReactNode;
  /** A way forward: a Button or a link styled as one. */
  action?: ReactNode;
  /** A decorative icon (aria-hidden). */
  icon?: ReactNode;
  /** The heading level that fits the page's outline (2 by default). */
  headingLevel?: 2 | 3;
}

/** What a list shows when it has nothing: a title, why, and what to do next. */
export function EmptyState({ title, description, action, icon, headingLevel = 2 }: EmptyStateProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="ui-empty">
      {icon && (
        <div className="ui-empty-icon" aria-hidden="true">
          {icon}
        </div>
      )}
      <Heading className="ui-empty-title">{title}</Heading>
      {description && <div className="ui-empty-description">{description}</div>}
      {action && <div className="ui-empty-action">{action}</div>}
    </div>
  );
}
