#!/usr/bin/env bash
# Writes the derived seeds of corpus/exhibit_pdf/ from the fictional sample exhibits, with the
# qpdf command-line tool: the structures qpdf's reader branches on (object and xref streams,
# linearization, encryption with and without a user password) plus damaged and odd files made by
# hand. Run from tests/fuzz/; --static-id and --static-aes-iv (qpdf test options) make the output
# the same on every run, except the AES-256 file (its salts stay random). The sample-*.pdf and
# fixture-*.pdf seeds are plain copies.
set -euo pipefail
out=corpus/exhibit_pdf
base=$out/sample-denuncia.pdf   # 3 pages, uncompressed content

qpdf --static-id --qdf --object-streams=disable "$base" $out/derived-qdf-uncompressed.pdf
qpdf --static-id --object-streams=generate "$base" $out/derived-object-and-xref-streams.pdf
qpdf --static-id --linearize "$base" $out/derived-linearized.pdf
qpdf --static-id --static-aes-iv --encrypt user owner 256 -- "$base" $out/derived-user-password-aes256.pdf
qpdf --static-id --allow-weak-crypto --encrypt "" owner 40 -- "$base" $out/derived-owner-only-rc4-40.pdf
qpdf --static-id --static-aes-iv --encrypt "" owner 128 --use-aes=y --  "$base" $out/derived-owner-only-aes128.pdf
# Cut in the middle of the page tree: qpdf has to rebuild the xref and finds no trailer.
head -c 1200 "$base" > $out/damaged-truncated.pdf
# Every xref offset wrong by 7 bytes: recoverable by reconstructing the xref.
python3 - "$base" $out/damaged-xref-offsets.pdf <<'PY'
import re, sys
data = open(sys.argv[1], 'rb').read()
head, xref = data.rsplit(b'xref', 1)
xref = re.sub(rb'(\d{10}) 00000 n', lambda m: b'%010d 00000 n' % (int(m.group(1)) + 7), xref)
open(sys.argv[2], 'wb').write(head + b'xref' + xref)
PY
# A page tree with no pages, and one whose Kids point back at the tree itself.
printf '%s\n' '%PDF-1.4' '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj' \
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj' \
    'trailer << /Root 1 0 R /Size 3 >>' '%%EOF' > $out/odd-no-pages.pdf
printf '%s\n' '%PDF-1.4' '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj' \
    '2 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >> endobj' \
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj' \
    'trailer << /Root 1 0 R /Size 4 >>' '%%EOF' > $out/odd-page-tree-loop.pdf
printf '<!DOCTYPE html><html><body>Session expired</body></html>\n' > $out/odd-html-not-pdf.pdf
