# Polku's reference server as a container: non-root, read-only root file system, a health check.
#   docker build -t polku .
#   docker run --rm -p 8080:8080 --read-only --tmpfs /tmp --cap-drop ALL polku
# Serve your own catalogue: mount its folder and name it (README, "Run in production"):
#   docker run ... -v /srv/catalogue:/catalogue:ro -e POLKU_CATALOGUE=/catalogue polku
# Reload it without downtime: docker kill --signal HUP <container>.

# --- build: every package, the embed bundle and the rendered spec, then the dev tools dropped ---
FROM node:20-bookworm-slim AS build
WORKDIR /app
# The manifests first, so that `npm ci` is cached while only sources change.
COPY package.json package-lock.json ./
COPY packages/contract/package.json packages/contract/
COPY packages/client/package.json packages/client/
COPY packages/catalogue/package.json packages/catalogue/
COPY packages/server/package.json packages/server/
COPY packages/generator/package.json packages/generator/
COPY packages/elements/package.json packages/elements/
RUN npm ci --no-audit --no-fund
COPY . .
RUN REDOCLY_TELEMETRY=off npm run build \
 && npm prune --omit=dev --no-audit --no-fund \
 && rm -rf packages/*/src packages/*/test packages/*/tsconfig*.json packages/*/*.tsbuildinfo

# --- run: only what the server reads, owned by root and read by the unprivileged `node` user ---
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/packages ./packages
COPY --from=build /app/dist/docs ./dist/docs
COPY --from=build /app/examples ./examples
USER node
EXPOSE 8080
# The catalogue loads in a child process that hands its index over through a file in /tmp: give
# the read-only container a tmpfs there (without one it loads in the server process itself).
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT || 8080}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
STOPSIGNAL SIGTERM
CMD ["node", "packages/server/dist/cli.js"]
