# The API server, built with tsc and run by Node as a non-root user. Build: docker build -t crm-api .
# Run against PostgreSQL: docker run -e DATABASE_URL=postgres://… -p 4000:4000 crm-api

FROM node:20-bookworm-slim AS build
WORKDIR /app
# The lock file and the patches npm's postinstall applies, before the sources: a change of code
# alone reuses the installed dependencies.
COPY package.json package-lock.json ./
COPY src/patches src/patches
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
COPY src/patches src/patches
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force \
    && mkdir -p /data && chown node:node /data
COPY --from=build /app/dist dist
USER node
EXPOSE 4000
# Ready: the database answers, holds this build's migrations, and the server is not shutting down.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/readyz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node itself as PID 1: SIGTERM reaches the server, which drains (SHUTDOWN_DELAY_MS, SHUTDOWN_TIMEOUT_MS).
CMD ["node", "--enable-source-maps", "dist/src/main.js"]
