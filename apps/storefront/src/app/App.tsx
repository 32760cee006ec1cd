import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AccountPage } from '../features/account/components/AccountPage';
import { LogInPage } from '../features/auth/components/LogInPage';
import { SignUpPage } from '../features/auth/components/SignUpPage';
import { CatalogPage } from '../features/catalog/components/CatalogPage';
import { HomePage } from '../features/catalog/components/HomePage';
import { ProductPage } from '../features/catalog/components/ProductPage';
import { MembersPage } from '../features/members/components/MembersPage';
import { MemberProfilePage } from '../features/profiles/components/MemberProfilePage';
import { CartPage } from '../features/cart/components/CartPage';
import { CheckoutPage } from '../features/checkout/components/CheckoutPage';
import { ManageOrdersPage } from '../features/manage/components/ManageOrdersPage';
import { ManageProductsPage } from '../features/manage/components/ManageProductsPage';
import { EditProductPage } from '../features/manage/components/EditProductPage';
import { NewProductPage } from '../features/manage/components/NewProductPage';
import { ShopSettingsPage } from '../features/manage/components/ShopSettingsPage';
import { MyOrdersPage } from '../features/orders/components/MyOrdersPage';
import { OrderPage } from '../features/orders/components/OrderPage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { RequireRole } from './RequireRole';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<HomePage />} />
            <Route path="shop" element={<CatalogPage />} />
            <Route path="products/:slug" element={<ProductPage />} />
            <Route path="log-in" element={<LogInPage />} />
            <Route path="sign-up" element={<SignUpPage />} />
            <Route path="account" element={<AccountPage />} />
            <Route path="members/:id" element={<MemberProfilePage />} />
            <Route path="cart" element={<CartPage />} />
            <Route path="checkout" element={<CheckoutPage />} />
            <Route path="orders" element={<MyOrdersPage />} />
            <Route path="orders/:id" element={<OrderPage />} />
            <Route
              path="manage/orders"
              element={
                <RequireRole roles={['BRAND_MANAGER']}>
                  <ManageOrdersPage />
                </RequireRole>
              }
            />
            <Route
              path="manage/products"
              element={
                <RequireRole roles={['BRAND_MANAGER']}>
                  <ManageProductsPage />
                </RequireRole>
              }
            />
            <Route
              path="manage/products/new"
              element={
                <RequireRole roles={['BRAND_MANAGER']}>
                  <NewProductPage />
                </RequireRole>
              }
            />
            <Route
              path="manage/products/:slug/edit"
              element={
                <RequireRole roles={['BRAND_MANAGER']}>
                  <EditProductPage />
                </RequireRole>
              }
            />
            <Route
              path="manage/settings"
              element={
                <RequireRole roles={['BRAND_MANAGER']}>
                  <ShopSettingsPage />
                </RequireRole>
              }
            />
            <Route
              path="manage/members"
              element={
                <RequireRole roles={['BRAND_MANAGER']}>
                  <MembersPage />
                </RequireRole>
              }
            />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
