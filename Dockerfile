# syntax=docker/dockerfile:1
# Two stages: the build stage has the dev dependencies (TypeScript) and
# compiles src/ to dist/; the runtime stage installs production dependencies
# only and copies the compiled output, the data files and the migrations.
# scripts/docker-recipe.ts replays these steps without Docker; test/dockerfile.test.ts checks the structure.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src/ src/
RUN npm run build

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
COPY package.json package-lock.json ./
# better-sqlite3 downloads a prebuilt binary for linux glibc x64/arm64, so the slim image needs no compiler.
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist/ dist/
COPY data/ data/
COPY migrations/ migrations/
COPY public/ public/
# The application files stay owned by root (read-only for the app); only the database volume is writable.
RUN mkdir -p /data && chown node:node /data
ENV HOST=0.0.0.0 \
    PORT=3000 \
    DATABASE_PATH=/data/statements.db
USER node
VOLUME /data
EXPOSE 3000
# The slim image has no curl; Node 20's fetch does the probe. The first start ingests data/statements, hence the start period.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/server.js"]
