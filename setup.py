"""Packaging glue: ships the top-level `resources/` folder inside the wheel as `asfdesk_resources`.

Everything else lives in pyproject.toml; setup.py exists only because pyproject cannot combine
package discovery with a renamed data package.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["asfdesk", "asfdesk.*"]), "asfdesk_resources"],
    package_dir={"asfdesk_resources": "resources"},
)
