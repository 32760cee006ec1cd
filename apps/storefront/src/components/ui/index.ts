/**
 * The storefront's design-system components (decision 0019), built on Radix Primitives and the
 * tokens of app/theme.css. Import from '@/components/ui'.
 */
import './ui.css';

export { Badge, type BadgeTone } from './Badge';
export { Breadcrumbs, type Crumb } from './Breadcrumbs';
export { Button, buttonClassName, type ButtonProps, type ButtonSize, type ButtonVariant } from './Button';
export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';
export { Dialog, DialogClose, type DialogProps } from './Dialog';
export { Drawer, type DrawerProps } from './Drawer';
export {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from './DropdownMenu';
export { EmptyState, type EmptyStateProps } from './EmptyState';
export { Price, type PriceProps } from './Price';
export { ImagePlaceholder, ResponsiveImage, Thumbnail, type ResponsiveImageProps, type ResponsiveImageSource } from './ResponsiveImage';
export { Skeleton, type SkeletonProps } from './Skeleton';
export { Tabs, type TabItem, type TabsProps } from './Tabs';
export { Toaster } from './Toaster';
export { toast, type ToastMessage, type ToastOptions } from './toast-store';
export { ArrowRightIcon, ChevronDownIcon, MenuIcon, SearchIcon, UserIcon } from './icons';
