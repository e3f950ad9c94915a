# Production image: Next.js standalone output, run as a non-root user.
# Build: docker build -t planner .   Run: see docker-compose.yml.
FROM node:20-bookworm-slim AS base
ENV NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1 CI=1
RUN npm install -g pnpm@10.34.9

FROM base AS build
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile
RUN pnpm --filter @planner/web build

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 \
    PLANNER_MIGRATIONS_DIR=/app/packages/db/prisma/migrations
RUN groupadd --system --gid 1001 planner && useradd --system --uid 1001 --gid planner --no-create-home planner
COPY --from=build --chown=planner:planner /app/apps/web/.next/standalone ./
COPY --from=build --chown=planner:planner /app/apps/web/.next/static ./apps/web/.next/static
# The icons, and the service worker the build wrote there (public/sw.js).
COPY --from=build --chown=planner:planner /app/apps/web/public ./apps/web/public
COPY --from=build --chown=planner:planner /app/packages/db/prisma ./packages/db/prisma
USER planner
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "apps/web/server.js"]
