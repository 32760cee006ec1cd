/** Five stars, the average's worth filled (to the nearest half is not worth the glyphs: rounded). Decorative: say the number in words beside it. */
export function Stars({ average }: { average: number }) {
  const filled = Math.round(average);
  return (
    <span className="stars" aria-hidden="true">
      <span className="stars-on">{'★'.repeat(filled)}</span>
      <span className="stars-off">{'★'.repeat(5 - filled)}</span>
    </span>
  );
}

/** A product's rating in stars and words ("4.5 out of 5, 12 reviews"), or that it has none yet. */
export function Rating({ average, count, compact = false }: { average: number; count: number; compact?: boolean }) {
  if (count === 0) return <p className="rating rating-none">{compact ? 'No reviews' : 'No reviews yet'}</p>;
  const rounded = Math.round(average * 10) / 10;
  return (
    <p className="rating">
      <Stars average={average} />{' '}
      {compact ? (
        <span>
          <span className="visually-hidden">{rounded} out of 5, </span>({count}
          <span className="visually-hidden"> {count === 1 ? 'review' : 'reviews'}</span>)
        </span>
      ) : (
        <span>
          {rounded} out of 5 ({count} {count === 1 ? 'review' : 'reviews'})
        </span>
      )}
    </p>
  );
}
