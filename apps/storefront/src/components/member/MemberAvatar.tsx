import './member.css';

/** The member's picture (`avatarUrl`: a square the API cut), or their initials on a coloured disc when they chose none. */
export function MemberAvatar({ name, url, size = 'large' }: { name: string; url: string | null | undefined; size?: 'large' | 'small' }) {
  if (url) return <img className={`member-avatar member-avatar-${size}`} src={url} alt="" />;
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => [...word][0]?.toUpperCase())
    .join('');
  return (
    <span className={`member-avatar member-avatar-${size}`} aria-hidden="true">
      {initials}
    </span>
  );
}
