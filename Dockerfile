# The three production processes from one build (decision 023; see compose.yaml and the README's
# "Production" section). Two targets:
#   web    (the default, last stage): the standalone output alone, served by our web server
#          bundled into web-server.mjs, with plain Node; about 60 MB of app instead of all of
#          node_modules.
#   worker: the production node_modules, the sources and tsx, for `npm run worker` and
#           `npm run db:migrate`, which run TypeScript and need Prisma's migration engine.
# Both run as the unprivileged "node" user.

FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY scripts ./scripts
# The install runs the Prisma client generation (postinstall), which reads the schema above.
RUN npm ci
COPY . .
# Server actions are sealed with this key: every web process must be built with the same one.
ARG NEXT_SERVER_ACTIONS_ENCRYPTION_KEY
ENV NEXT_SERVER_ACTIONS_ENCRYPTION_KEY=${NEXT_SERVER_ACTIONS_ENCRYPTION_KEY}
# Collecting page data loads modules that check the settings; nothing connects during the build,
# and the real values come with the container's environment.
RUN DATABASE_URL=postgresql://build@127.0.0.1:1/build \
    AUTH_SECRET=build-time-placeholder-never-used-at-run-time \
    npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim AS worker
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
COPY --from=build --chown=node:node /app/package.json /app/package-lock.json /app/tsconfig.json /app/prisma.config.ts ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/lib ./lib
COPY --from=build --chown=node:node /app/prisma ./prisma
COPY --from=build --chown=node:node /app/scripts ./scripts
COPY --from=build --chown=node:node /app/data ./data
COPY --from=build --chown=node:node /app/types ./types
USER node
CMD ["npm", "run", "--silent", "worker"]

FROM node:24-bookworm-slim AS web
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
# .next/standalone already holds .next/static, public/ and prisma/migrations (for /api/ready):
# scripts/app/standalone.ts and next.config.js put them there.
COPY --from=build --chown=node:node /app/.next/standalone ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://localhost:'+process.env.PORT+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "web-server.mjs", "start", "--port", "3000"]
