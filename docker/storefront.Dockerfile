# The storefront as static files behind nginx, which forwards the API's routes (GraphQL, health,
# webhooks, uploads, media) to the api service.
#   docker build -f docker/storefront.Dockerfile -t flagship-storefront .

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY tsconfig.base.json ./
COPY apps/storefront ./apps/storefront
RUN npx vite build -c apps/storefront/vite.config.ts

# Debian's nginx, for its brotli module (the official nginx images have none): the .br files written
# at build time are sent with brotli_static, the .gz ones with gzip_static (decision 0025).
FROM debian:bookworm-slim
RUN apt-get update \
  && apt-get install -y --no-install-recommends nginx libnginx-mod-http-brotli-static \
  && rm -rf /var/lib/apt/lists/* /etc/nginx/sites-enabled/default /usr/share/nginx/html/* \
  && ln -sf /dev/stdout /var/log/nginx/access.log \
  && ln -sf /dev/stderr /var/log/nginx/error.log
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY docker/nginx-proxy.conf /etc/nginx/snippets/flagship-proxy.conf
COPY docker/nginx-security-headers.conf /etc/nginx/snippets/flagship-security-headers.conf
COPY --from=build /app/dist/apps/storefront /usr/share/nginx/html
EXPOSE 80
STOPSIGNAL SIGQUIT
CMD ["nginx", "-g", "daemon off;"]
