# One image for the three production processes: the web server (the default command), the
# worker (`npm run worker`) and migrations (`npm run db:migrate`). See compose.yaml and the
# README's "Production" section. The build stage installs everything and builds once; the
# runtime stage keeps only production packages and runs as the unprivileged "node" user.

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
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://localhost:'+process.env.PORT+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["npm", "run", "--silent", "start:web"]
