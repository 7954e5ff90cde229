"""Renderers: an ArticleReport in, text for a person out. They never run NLP."""
