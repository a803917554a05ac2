# syntax=docker/dockerfile:1
# Lodestone container: build with dev dependencies, run with production dependencies only.
# Node 26 is the active LTS line (since October 2026); the code itself still runs on Node 20.18.1+
# (package.json `engines`), which some hosts keep. better-sqlite3 12.11 declares Node 20–26, so one
# lock file serves both (13.x would drop Node 20). --build-arg NODE_VERSION=24 for the maintenance line.
ARG NODE_VERSION=26

# ── build: compile TypeScript, build better-sqlite3's native addon ──────────────────────────
FROM node:${NODE_VERSION}-bookworm AS build
WORKDIR /app
# The full bookworm image has python3, make and g++ for node-gyp when no prebuilt binary fits.
COPY package.json package-lock.json ./
# Scripts are skipped here because `prepare` (tsc) needs the sources, which come next;
# the one native addon is then built explicitly.
RUN npm ci --ignore-scripts --no-audit --no-fund \
 && npm rebuild better-sqlite3
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

# ── runtime ─────────────────────────────────────────────────────────────────────────────────
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HTTP_PORT=8080 \
    HTTP_HOST=0.0.0.0 \
    LODESTONE_CONSOLE=off \
    LODESTONE_STATE_DIR=/var/lib/lodestone
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# Non-TypeScript assets tsc does not copy: the chart font (looked up beside dist/charts/font.js).
COPY --from=build /app/src/charts/fonts ./dist/charts/fonts
# The bundled dataset; mount an edited copy over /app/data to serve it instead (README, Docker).
COPY data ./data
RUN mkdir -p /var/lib/lodestone && chown node:node /var/lib/lodestone
USER node
VOLUME ["/var/lib/lodestone"]
# 8080: /healthz, /readyz, /metrics. 3000: Slack HTTP mode (SLACK_PORT).
EXPOSE 8080 3000
# The slim image has no curl; Node's fetch does the probe.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.HTTP_PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Lodestone handles SIGTERM itself (graceful shutdown, exit 0); node runs as PID 1 directly, no shell.
STOPSIGNAL SIGTERM
CMD ["node", "dist/cli.js", "start"]
