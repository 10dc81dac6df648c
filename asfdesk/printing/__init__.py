"""Printed documents (contact sheets, partner contact list, attendee sign-in sheet).

Builders turn records into a `PrintDocument` (plain data: HTML blocks, no Qt), and one
renderer lays it out on any QPagedPaintDevice: the printer, the preview and PDF files alike.
"""
