"""Icons, translations and reference data, installed as the package `asfdesk_resources`.

The folder is top-level for translators and data updates; setup.py maps it to that package name
(and compiles the translations into the build). Read it through `asfdesk.paths.resource_path`.
"""
