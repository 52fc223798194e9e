"""The GK001 hint names a pip command that works for how xxgk-lint was installed."""

from __future__ import annotations

import json
from importlib import metadata

import pytest

from linter.readers import install


class _Distribution:
    def __init__(self, direct_url: dict | None):
        self.direct_url = direct_url

    def read_text(self, name: str) -> str | None:
        assert name == "direct_url.json"
        return json.dumps(self.direct_url) if self.direct_url is not None else None


@pytest.fixture
def installed(monkeypatch):
    def as_if(direct_url: dict | None) -> None:
        install._origin.cache_clear()
        monkeypatch.setattr(metadata, "distribution", lambda name: _Distribution(direct_url))

    yield as_if
    install._origin.cache_clear()


def test_an_editable_install_from_a_clone_gets_the_clone_editably(installed):
    installed({"url": "file:///home/me/xxgk%20lint", "dir_info": {"editable": True}})
    assert install.install_command("pdf") == "pip install -e '/home/me/xxgk lint[pdf]'"


def test_an_install_from_a_clone_gets_the_clone(installed):
    installed({"url": "file:///home/me/xxgk-lint", "dir_info": {}})
    assert install.install_command("pdf") == "pip install '/home/me/xxgk-lint[pdf]'"


def test_an_install_from_an_index_gets_the_name(installed):
    installed(None)
    assert install.install_command("pdf") == "pip install 'xxgk-lint[pdf]'"


def test_this_checkout_names_itself():
    install._origin.cache_clear()
    command = install.install_command("pdf")
    assert "[pdf]'" in command and command.startswith("pip install ")
