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

FROM nginx:1.27-alpine
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY docker/nginx-proxy.conf /etc/nginx/snippets/flagship-proxy.conf
COPY docker/nginx-security-headers.conf /etc/nginx/snippets/flagship-security-headers.conf
COPY --from=build /app/dist/apps/storefront /usr/share/nginx/html
EXPOSE 80
