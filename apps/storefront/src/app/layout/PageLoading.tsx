/** What a page shows while its code or the session it needs is still on the way. */
export function PageLoading() {
  return (
    <p className="page-loading" aria-live="polite">
      Loading…
    </p>
  );
}
