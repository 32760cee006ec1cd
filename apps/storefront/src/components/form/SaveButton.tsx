/** A submit button with a polite "Saved" announcement after success. */
export function SaveButton({ pending, saved, label, savedText = 'Saved' }: { pending: boolean; saved: boolean; label: string; savedText?: string }) {
  return (
    <div className="save-row">
      <button type="submit" className="button-primary" disabled={pending}>
        {label}
      </button>
      <span role="status" className="muted">
        {saved && !pending ? savedText : ''}
      </span>
    </div>
  );
}
