"""Exporters: study notes as Markdown, HTML, DOCX, CSV, and the JSON backup format."""
