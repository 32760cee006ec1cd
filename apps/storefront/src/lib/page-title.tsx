import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

const SetPageTitle = createContext<(title: string | null) => void>(() => undefined);

/**
 * Keeps `document.title` as "<page> · <site>" ("Cart · Ridgeline Cycles"), or the site's name alone
 * on a page without a title of its own. The app's layout provides the site's name.
 */
export function PageTitleProvider({ siteName, children }: { siteName: string | undefined; children: ReactNode }) {
  const [title, setTitle] = useState<string | null>(null);
  useEffect(() => {
    const parts = [title, siteName].filter((part, index, all): part is string => Boolean(part) && all.indexOf(part) === index);
    if (parts.length > 0) document.title = parts.join(' · ');
  }, [title, siteName]);
  return <SetPageTitle.Provider value={setTitle}>{children}</SetPageTitle.Provider>;
}

/**
 * Names the page in the browser tab, history and bookmarks. Every page calls it once, with what its
 * main heading says in short (a product page its product's name, once loaded); null for the site's
 * name alone. The title goes back to the site's name when the page unmounts.
 */
export function usePageTitle(title: string | null | undefined): void {
  const setTitle = useContext(SetPageTitle);
  useEffect(() => {
    setTitle(title ?? null);
    return () => setTitle(null);
  }, [title, setTitle]);
}
