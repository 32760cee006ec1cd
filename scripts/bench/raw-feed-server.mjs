// The baseline for the community feed page: plain node:http + pg, no framework, no GraphQL. It builds
// exactly the JSON the API returns for FEED_QUERY in catalog-bench.mjs (the same three statements: the
// page, its authors, its covers; the same Markdown excerpt), so the comparison measures the stack.
import http from 'node:http';
import MarkdownIt from 'markdown-it';
import pg from 'pg';
import sanitizeHtml from 'sanitize-html';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const port = Number(process.env.PORT);
const PAGE = 20;

// api-core's markdownExcerpt, line for line: a card's excerpt is Markdown rendered to plain text.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true, breaks: false });
function excerpt(source, max = 200) {
  const text = sanitizeHtml(markdown.render(source ?? ''), { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

// libs/media's image-store: the widest variant up to 1280 px, and every variant in srcset.
const variantUrl = (key, width) => `/media/${key}/${width}.webp`;
function image(asset) {
  const fits = asset.widths.filter((w) => w <= 1280);
  return {
    url: variantUrl(asset.storage_key, fits.length ? fits[fits.length - 1] : asset.widths[0]),
    srcset: asset.widths.map((w) => `${variantUrl(asset.storage_key, w)} ${w}w`).join(', '),
    alt: asset.alt,
    width: asset.width,
    height: asset.height,
  };
}

async function feedPage() {
  const { rows } = await pool.query(
    `SELECT id, kind, title, body, tags, published_at, comment_count, reaction_count, support_count, author_id
       FROM contribution WHERE status = 'PUBLISHED' ORDER BY published_at DESC, id DESC LIMIT ${PAGE + 1}`,
  );
  const page = rows.slice(0, PAGE);
  const [{ rows: authors }, { rows: photos }] = await Promise.all([
    pool.query(`SELECT id, display_name FROM account WHERE id = ANY($1)`, [[...new Set(page.map((c) => c.author_id))]]),
    pool.query(
      `SELECT p.contribution_id, p.media_asset_id, p.caption, a.storage_key, a.width, a.height, a.widths, a.alt
         FROM contribution_photo p JOIN media_asset a ON a.id = p.media_asset_id
        WHERE p.contribution_id = ANY($1) ORDER BY p.position ASC`,
      [page.map((c) => c.id)],
    ),
  ]);
  const authorById = new Map(authors.map((a) => [a.id, a]));
  const coverOf = new Map();
  for (const photo of photos) if (!coverOf.has(photo.contribution_id)) coverOf.set(photo.contribution_id, photo);
  const last = page.at(-1);
  return {
    data: {
      communityFeed: {
        nodes: page.map((c) => {
          const author = authorById.get(c.author_id);
          const cover = coverOf.get(c.id);
          return {
            id: c.id,
            kind: c.kind,
            title: c.title,
            excerpt: excerpt(c.body),
            tags: c.tags,
            publishedAt: c.published_at.toISOString(),
            commentCount: c.comment_count,
            reactionCount: c.reaction_count,
            supportCount: c.support_count,
            author: { id: author.id, displayName: author.display_name, avatarUrl: null },
            cover: cover ? { id: cover.media_asset_id, image: image(cover), caption: cover.caption } : null,
          };
        }),
        pageInfo: { hasNextPage: rows.length > PAGE, endCursor: last ? Buffer.from(JSON.stringify([last.id])).toString('base64url') : null },
      },
    },
  };
}

http
  .createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      feedPage().then(
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
  .listen(port, '127.0.0.1', () => process.stdout.write(`raw feed server on ${port}\n`));
