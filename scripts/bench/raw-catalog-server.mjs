// The baseline: the same catalog page answered by plain node:http + pg, no framework, no GraphQL.
// It builds exactly the JSON the API returns, so both servers do the same database work and the
// comparison measures the cost of the stack around it.
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const port = Number(process.env.PORT);

// Prices are bigint columns, which pg reads as strings: numbers, exact or refused, as the API does.
function amount(value) {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new RangeError(`${value} is not a safe integer`);
  return number;
}

async function catalogPage() {
  const { rows: products } = await pool.query(
    `SELECT p.id, p.slug, p.name, p.currency, p.min_price_minor, p.rating_average, p.rating_count, c.name AS category_name
     FROM product p JOIN category c ON c.id = p.category_id
     WHERE p.status = 'PUBLISHED' ORDER BY p.created_at DESC, p.id DESC LIMIT 21`,
  );
  const page = products.slice(0, 20);
  const { rows: variants } = await pool.query(
    `SELECT id, product_id, sku, name, price_minor, currency, stock FROM product_variant WHERE product_id = ANY($1) ORDER BY position ASC, price_minor ASC`,
    [page.map((p) => p.id)],
  );
  const byProduct = new Map(page.map((p) => [p.id, []]));
  for (const v of variants) byProduct.get(v.product_id).push(v);
  const last = page.at(-1);
  return {
    data: {
      products: {
        nodes: page.map((p) => ({
          id: p.id,
          slug: p.slug,
          name: p.name,
          priceFrom: p.min_price_minor === null ? null : { amountMinor: amount(p.min_price_minor), currency: p.currency },
          ratingAverage: Number(p.rating_average),
          ratingCount: p.rating_count,
          category: { name: p.category_name },
          variants: byProduct.get(p.id).map((v) => ({ id: v.id, sku: v.sku, name: v.name, price: { amountMinor: amount(v.price_minor), currency: v.currency }, stock: v.stock })),
        })),
        pageInfo: { hasNextPage: products.length > 20, endCursor: last ? Buffer.from(JSON.stringify(['NEWEST', last.id])).toString('base64url') : null },
      },
    },
  };
}

http
  .createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      catalogPage().then(
        (body) => {
          const json = JSON.stringify(body);
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
          res.end(json);
        },
        (error) => {
          res.writeHead(500);
          res.end(String(error));
        },
      );
    });
  })
  .listen(port, '127.0.0.1', () => process.stdout.write(`raw catalog server on ${port}\n`));
