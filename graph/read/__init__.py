"""Stage 1, read. In: paths of ``.txt``, ``.json``, ``.jsonl`` files, saved web
pages (``.html``, ``.htm``), web archives (``.warc``, ``.warc.gz``), the folder
``fetch`` writes, or folders of them. Out: ``Article`` records (id, url, site,
published date, text; for a web page its title, site name, author and the
software that read it) with a problem list naming each file and line that could
not be read (``load``, over ``decode``: bytes to text, ``web``: a page's main
text and metadata by trafilatura, ``warc``: an archive's pages), then
``CleanArticle``: NFC text in one tone-mark style, boilerplate and repeated
captions out, sentences with their character offsets (``normalise``), and the
tokens with offsets the later stages match on (``tokens``). Beside them:
``fetch`` (pages and feeds downloaded politely) and ``fingerprint`` (MinHash
signatures that tell a republished copy of a text)."""
