# Candor gateway image. Everything it needs (spaCy model, litellm cost map, tldextract suffix
# list) is installed at build time: the running container needs no network but its providers.
FROM python:3.11-slim AS build

ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN apt-get update && apt-get install -y --no-install-recommends gcc g++ \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pyproject.toml README.md ./
COPY gateway ./gateway
RUN python -m venv /opt/candor && /opt/candor/bin/pip install --upgrade pip \
    && /opt/candor/bin/pip install '.[otel]'

FROM python:3.11-slim

ENV PATH=/opt/candor/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    LITELLM_LOCAL_MODEL_COST_MAP=True \
    LITELLM_TELEMETRY=False \
    HF_HUB_OFFLINE=1 \
    CANDOR_HOST=0.0.0.0 \
    CANDOR_PORT=8080 \
    CANDOR_DATA_DIR=/var/lib/candor \
    CANDOR_POLICIES_DIR=/etc/candor/policies

# a fixed numeric uid: Kubernetes' runAsNonRoot can check it (deploy/k8s/deployment.yaml)
RUN groupadd --system --gid 10001 candor \
    && useradd --system --uid 10001 --gid candor --home /var/lib/candor candor \
    && mkdir -p /var/lib/candor /etc/candor && chown candor:candor /var/lib/candor
COPY --from=build /opt/candor /opt/candor
COPY policies /etc/candor/policies

USER 10001
WORKDIR /var/lib/candor
VOLUME ["/var/lib/candor"]
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8080/healthz', timeout=2).status == 200 else 1)"
ENTRYPOINT ["candor"]
CMD ["serve"]
