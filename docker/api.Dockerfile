# The Flagship API (GraphQL, /health) and the storefront's server renderer, which renders its pages
# (decision 0023). Build from the repository root:
#   docker build -f docker/api.Dockerfile -t flagship-api .
# Needs DATABASE_URL at run time; the embedded PostgreSQL is for development only.

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY tsconfig.base.json ./
COPY scripts ./scripts
COPY apps/api ./apps/api
COPY apps/storefront ./apps/storefront
COPY libs ./libs
RUN node scripts/build-api.mjs && npm run build:storefront

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 DATA_DIR=/data
WORKDIR /app
# Uploaded media live under DATA_DIR (a volume in compose), writable by the unprivileged user.
RUN mkdir -p /data && chown node:node /data
COPY package.json package-lock.json ./
# The image's own Node 24 runs the API: the runtime npm would install for other machines is dropped.
RUN npm install --omit=dev --no-audit --no-fund && rm -rf node_modules/node-linux-* node_modules/.bin/node && npm cache clean --force
COPY --from=build /app/dist/apps/api ./dist/apps/api
# index.html and the build manifest (the renderer's template and asset map) beside the renderer; the
# storefront image's nginx serves the same build's files.
COPY --from=build /app/dist/apps/storefront ./dist/apps/storefront
COPY --from=build /app/dist/apps/storefront-server ./dist/apps/storefront-server
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--enable-source-maps", "--max-semi-space-size=32", "dist/apps/api/main.js"]
