import path from 'node:path';
import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import { storefrontLayers } from './storefront-layers.js';

// RuleTester runs its cases as tests of the runner it is given.
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const src = (file: string) => path.resolve('apps/storefront/src', file);
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });

tester.run('storefront/layers', storefrontLayers, {
  valid: [
    { filename: src('features/cart/components/CartPage.tsx'), code: "import { useCart } from '../hooks/use-cart';" },
    { filename: src('features/cart/components/CartPage.tsx'), code: "import { formatMoney } from '@/lib/money';" },
    { filename: src('features/cart/components/CartPage.tsx'), code: "import { TextField } from '@/components/form/TextField';" },
    { filename: src('app/routes/product.tsx'), code: "import { AddToCart } from '@/features/cart/components/AddToCart';\nimport { ProductPage } from '@/features/catalog/components/ProductPage';" },
    { filename: src('app/router.tsx'), code: "const load = () => import('./routes/cart');" },
    { filename: src('main.tsx'), code: "import { App } from './app/App';" },
    { filename: src('entry-server.tsx'), code: "import { routes } from './app/router';" },
    { filename: src('lib/forms.ts'), code: "import { parseMoney } from './money';\nimport { z } from 'zod';" },
  ],
  invalid: [
    { filename: src('features/cart/components/CartPage.tsx'), code: "import { useProduct } from '@/features/catalog/hooks/use-catalog';", errors: [{ messageId: 'crossFeature' }] },
    { filename: src('features/orders/components/OrderPage.tsx'), code: "const Pay = () => import('@/features/payments/components/StripePayment');", errors: [{ messageId: 'crossFeature' }] },
    { filename: src('features/cart/components/CartPage.tsx'), code: "export { cartQueries } from '@/features/checkout/queries';", errors: [{ messageId: 'crossFeature' }] },
    { filename: src('features/cart/components/CartPage.tsx'), code: "import { formatMoney } from '../../../lib/money';", errors: [{ messageId: 'relativeOutside' }] },
    { filename: src('lib/money.ts'), code: "import { cartQueries } from '@/features/cart/queries';", errors: [{ messageId: 'sharedImportsFeature' }] },
    { filename: src('components/form/TextField.tsx'), code: "import { Layout } from '@/app/layout/Layout';", errors: [{ messageId: 'sharedImportsFeature' }] },
    { filename: src('features/cart/components/CartPage.tsx'), code: "import { router } from '@/app/router';", errors: [{ messageId: 'importsApp' }] },
  ],
});
