# Production image: the app on Node 22 (Node 20 is past its end of life), built once; the database comes from DATABASE_URI
# (docker-compose.yml runs MongoDB as a single-node replica set beside it).
FROM node:22-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN NODE_ENV=production node_modules/.bin/next build

FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
COPY --from=build --chown=node:node /app ./
RUN mkdir -p media data && chown node:node media data
USER node
EXPOSE 3000
# scripts/start.mjs finds the build, loads the demo content into an empty database, then runs the server (scripts/serve.mjs).
CMD ["node", "scripts/start.mjs"]
