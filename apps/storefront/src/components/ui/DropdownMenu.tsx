import type { ComponentProps } from 'react';
import { DropdownMenu as RadixMenu } from 'radix-ui';

/**
 * A menu of actions or links opened from a button (Radix DropdownMenu: arrow keys, typeahead,
 * Escape, focus back to the button). Compose it:
 *   <DropdownMenu>
 *     <DropdownMenuTrigger asChild><Button variant="ghost">Manage</Button></DropdownMenuTrigger>
 *     <DropdownMenuContent>
 *       <DropdownMenuItem asChild><Link to="/manage/products">Products</Link></DropdownMenuItem>
 *     </DropdownMenuContent>
 *   </DropdownMenu>
 */
export function DropdownMenu({ modal = false, ...props }: ComponentProps<typeof RadixMenu.Root>) {
  // Not modal by default: a modal menu hides the rest of the page from assistive technology
  // (aria-hidden on everything else) and locks the page's scroll, which shifts it by the
  // scrollbar's width; a menu of links needs neither (Escape and a click outside still close it).
  return <RadixMenu.Root modal={modal} {...props} />;
}
export const DropdownMenuTrigger = RadixMenu.Trigger;

/** The menu's panel, in a portal, aligned to the trigger's end by default so it stays on screen. */
export function DropdownMenuContent({ className, align = 'end', sideOffset = 6, ...props }: ComponentProps<typeof RadixMenu.Content>) {
  return (
    <RadixMenu.Portal>
      <RadixMenu.Content className={['ui-menu', className].filter(Boolean).join(' ')} align={align} sideOffset={sideOffset} collisionPadding={8} {...props} />
    </RadixMenu.Portal>
  );
}

export function DropdownMenuItem({ className, ...props }: ComponentProps<typeof RadixMenu.Item>) {
  return <RadixMenu.Item className={['ui-menu-item', className].filter(Boolean).join(' ')} {...props} />;
}

/** A heading inside the menu (the signed-in member's name, a group's name); not focusable. */
export function DropdownMenuLabel({ className, ...props }: ComponentProps<typeof RadixMenu.Label>) {
  return <RadixMenu.Label className={['ui-menu-label', className].filter(Boolean).join(' ')} {...props} />;
}

export function DropdownMenuSeparator({ className, ...props }: ComponentProps<typeof RadixMenu.Separator>) {
  return <RadixMenu.Separator className={['ui-menu-separator', className].filter(Boolean).join(' ')} {...props} />;
}

export const DropdownMenuGroup = RadixMenu.Group;
