import { createContext, useContext } from 'react';
import { Outlet } from 'react-router';
import { PageLoading } from '../layout/PageLoading';

/**
 * True while the server renders a page the browser renders itself (one whose route module declares no
 * head: the signed-in pages, the cart, log in): the server then sends the layout with "Loading…",
 * which is what the browser shows until the page's module arrives.
 */
export const LayoutOnly = createContext(false);

/** The matched page, or "Loading…" in its place (see LayoutOnly). */
export function PageOutlet() {
  return useContext(LayoutOnly) ? <PageLoading /> : <Outlet />;
}
