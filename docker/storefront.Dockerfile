# The storefront as static files behind nginx, which forwards /graphql and /health to the API.
#   docker build -f docker/storefront.Dockerfile -t flagship-storefront .

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY tsconfig.base.json ./
COPY apps/storefront ./apps/storefront
RUN npx vite build -c apps/storefront/vite.config.ts

FROM nginx:1.27-alpine
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist/apps/storefront /usr/share/nginx/html
EXPOSE 80
