"""Extractors: one module per kind of thing found in an article.

Each extractor reads the cleaned text (and what earlier extractors found) and returns
records; none of them reaches back into the pipeline.
"""
