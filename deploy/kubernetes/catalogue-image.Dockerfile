# The county's catalogue baked into an image FROM Polku's: a new catalogue is a new image tag,
# rolled out replica by replica with no downtime (deployment.yaml). Build it in the catalogue's
# repository, where the catalogue folder is `catalogue/`:
#   docker build -f catalogue-image.Dockerfile -t registry.example/polku-itauusimaa:2026-12-01 .
# Check it first: npx polku-catalogue check catalogue (or npm run catalogue:check -- catalogue).
ARG POLKU_IMAGE=registry.example/polku:1.0.0
FROM ${POLKU_IMAGE}
COPY --chown=root:root catalogue /catalogue
ENV POLKU_CATALOGUE=/catalogue
