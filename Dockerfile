# The image of a JupyterHub user's server: the kit's pages behind the hub's login (deploy/kit-singleuser), for Zero to
# JupyterHub (singleuser.image, deploy/z2jh/values.yaml) or DockerSpawner on one server. The database is the shared
# PostgreSQL in WORKSHOP_DB_URL, which the hub passes in. Build: docker build -t genombrottskit:0.1.0 .
FROM python:3.11-slim-bookworm

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    VIRTUAL_ENV=/opt/genombrottskit \
    PATH=/opt/genombrottskit/bin:$PATH \
    GENOMBROTTSKIT_HOME=/srv/genombrottskit \
    BOKEH_RESOURCES=inline

RUN python -m venv "$VIRTUAL_ENV"
WORKDIR /srv/genombrottskit
# Editable, as in docs/drift.md (the demo data is read from the kit's folder), with the versions the kit is tested with.
COPY . .
RUN pip install -c constraints.txt -e '.[postgresql,hub]'

# Zero to JupyterHub runs users' servers as uid 1000; the kit writes nothing in its own folder.
RUN useradd --create-home --uid 1000 --user-group jovyan
USER 1000
ENV HOME=/home/jovyan
EXPOSE 8888
CMD ["/srv/genombrottskit/deploy/kit-singleuser"]
