import { Link, useNavigate } from 'react-router';
import {
  Button,
  ChevronDownIcon,
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
  UserIcon,
} from '@/components/ui';
import { roleLabel } from '@/lib/session/roles';
import { useLogOut, type Viewer } from '@/lib/session/session';
import { ACCOUNT_LINKS, MANAGE_LINKS, VENDOR_LINKS, worksForAVendor } from './navigation';

/** The signed-in member's menu: who they are, their pages, log out. */
export function AccountMenu({ viewer }: { viewer: Viewer }) {
  const logOut = useLogOut();
  const navigate = useNavigate();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="sm" className="header-menu-button">
          <UserIcon />
          <span className="header-menu-label">Account</span>
          <ChevronDownIcon />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuLabel>
          <span className="account-menu-name">{viewer.displayName}</span>
          <span className="role-badge">{roleLabel(viewer)}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        {ACCOUNT_LINKS.map((link) => (
          <DropdownMenuItem key={link.to} asChild>
            <Link to={link.to}>{link.label}</Link>
          </DropdownMenuItem>
        ))}
        {worksForAVendor(viewer) &&
          VENDOR_LINKS.map((link) => (
            <DropdownMenuItem key={link.to} asChild>
              <Link to={link.to}>{link.label}</Link>
            </DropdownMenuItem>
          ))}
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => logOut.mutate(undefined, { onSuccess: () => navigate('/') })}>Log out</DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

/** The brand manager's pages in one compact menu, rather than five links that wrap. */
export function ManageMenu() {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="sm" className="header-menu-button">
          Manage
          <ChevronDownIcon />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start">
        {MANAGE_LINKS.map((link) => (
          <DropdownMenuItem key={link.to} asChild>
            <Link to={link.to}>{link.label}</Link>
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
