export function Rating({ average, count }: { average: number; count: number }) {
  if (count === 0) return <p className="rating rating-none">No reviews yet</p>;
  const rounded = Math.round(average * 10) / 10;
  return (
    <p className="rating">
      <span aria-hidden="true">{'★'.repeat(Math.round(average)).padEnd(5, '☆')}</span>{' '}
      <span>
        {rounded} out of 5 ({count} {count === 1 ? 'review' : 'reviews'})
      </span>
    </p>
  );
}
