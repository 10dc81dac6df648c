"""Screenshots for the README: every tab, the welcome panel and each profile window, in Swedish
and English, from a throwaway database with the demo data.

    QT_QPA_PLATFORM=offscreen python -m asfdesk.tools.screenshots docs/screenshots

Writes <name>_<sv|en>.png. Settings go to a temporary folder, so a developer's own window
layout is neither used nor changed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SIZE = (1280, 780)
PROFILE_SIZE = (980, 720)
# (entity, how to find a demo record: model, attribute, value)
PROFILES = [
    ("enterprise", "Enterprise", "name", "Glädjeverket"),
    ("referral", "Referral", None, None),
    ("jobseeker", "Jobseeker", "last_name", "Ahlström"),
    ("partner_organisation", "PartnerOrganisation", "name", "Coompanion Gävleborg"),
    ("contact", "Contact", "name", "Erik Ahlström"),
    ("event", "Event", "title", "Arena ASF i Dalarna"),
]


def _wait(app, condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def _record_id(sessions, model_name: str, attribute: str | None, value: str | None) -> int | None:
    from sqlalchemy import select

    from asfdesk.db import models

    model = getattr(models, model_name)
    stmt = select(model.id).order_by(model.id).limit(1)
    if attribute is not None:
        stmt = stmt.where(getattr(model, attribute) == value)
    with sessions() as session:
        return session.scalar(stmt)


def _tabs_loaded(window) -> bool:
    from asfdesk import entities

    keys = entities.list_keys()
    return all(not window.tab(e).model.loading and window.tab(e).model.matching is not None for e in keys)


def take(out_dir: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from asfdesk import entities
    from asfdesk.db.engine import make_engine
    from asfdesk.db.migrate import upgrade
    from asfdesk.db.session import make_session_factory
    from asfdesk.demo import load_demo
    from asfdesk.ui.i18n_qt import install_translators
    from asfdesk.ui.main_window import MainWindow
    from asfdesk.ui.table.model import wait_for_workers

    app = QApplication.instance() or QApplication(sys.argv[:1])
    out_dir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="asfdesk-shots-") as tmp:
        for language in ("sv", "en"):
            url = f"sqlite:///{Path(tmp) / f'demo-{language}.sqlite3'}"
            engine = make_engine(url)
            upgrade(engine)
            sessions = make_session_factory(engine, user="hestr")
            install_translators(language)
            window = MainWindow(url, sessions, language=language)
            window.resize(*SIZE)
            window.show()
            _wait(app, lambda w=window: _tabs_loaded(w))

            def save(widget, name: str, lang: str = language) -> None:
                path = out_dir / f"{name}_{lang}.png"
                widget.grab().save(str(path))
                saved.append(path)

            save(window, "welcome")
            load_demo(sessions)
            window.show_tabs()
            _wait(app, lambda w=window: _tabs_loaded(w) and w.tab("enterprises").model.rowCount() > 0)
            for index, entity in enumerate(entities.list_keys()):
                window.tabs.setCurrentIndex(index)
                _wait(app, lambda: True, 0.2)
                save(window, entity)
            if window.profiles is not None:
                for entity, model_name, attribute, value in PROFILES:
                    record_id = _record_id(sessions, model_name, attribute, value)
                    if record_id is None:
                        continue
                    try:
                        profile = window.profiles.open(entity, record_id)
                    except Exception as exc:  # a profile that fails must not stop the others
                        print(f"screenshots: {entity} profile failed: {exc}", file=sys.stderr)
                        continue
                    profile.resize(*PROFILE_SIZE)
                    _wait(app, lambda: True, 0.5)
                    save(profile, f"profile_{entity}")
                window.profiles.close_all()
            wait_for_workers()
            app.processEvents()
            window.close()
            window.deleteLater()
            app.processEvents()
            engine.dispose()
        install_translators("en")
    return saved


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0] if args else "docs/screenshots")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="asfdesk-shots-config-")
    for path in take(out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
