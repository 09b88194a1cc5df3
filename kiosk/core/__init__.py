"""The kiosk's core: model, storage, services, text, dates and translations.

Nothing in this package imports Textual, reportlab or anything above it.
"""
