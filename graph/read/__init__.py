"""Stage 1, read. In: paths of ``.txt``, ``.json`` and ``.jsonl`` files or
folders. Out: ``Article`` records (id, url, site, published date, text) with a
problem list naming each file and line that could not be read (``load``), then
``CleanArticle``: NFC text in one tone-mark style, boilerplate and repeated
captions out, sentences with their character offsets (``normalise``), and the
tokens with offsets the later stages match on (``tokens``)."""
