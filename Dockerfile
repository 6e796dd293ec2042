# Pamphlet in a container: docs/publishing.md explains how to use it.
#   docker build -t pamphlet .
#   docker run --rm -v "$PWD:/site" pamphlet build
# The build steps live in scripts/docker-build-steps, so they can be run and
# tested without Docker.

# Build stage: Debian bookworm with the Swift toolchain.
FROM swift:6.3-bookworm AS build
WORKDIR /src
COPY . .
RUN scripts/docker-build-steps deps \
 && scripts/docker-build-steps build \
 && scripts/docker-build-steps install /opt/pamphlet \
 && scripts/docker-build-steps smoke /opt/pamphlet

# Runtime stage: the Swift runtime is linked into the binary
# (--static-swift-stdlib) and libqrencode is built in (Vendor/libqrencode), so only
# libcmark and libgumbo come from Debian.
FROM debian:bookworm-slim
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libcmark0.30.2 libgumbo1 libjemalloc2 libstdc++6 \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /opt/pamphlet /opt/pamphlet
ENV PATH=/opt/pamphlet:$PATH
# Fails the image build if a shared library the binary needs is missing.
RUN pamphlet --help >/dev/null
WORKDIR /site
ENTRYPOINT ["pamphlet"]
CMD ["build"]
