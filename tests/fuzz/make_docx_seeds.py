#!/usr/bin/env python3
"""Writes the seed .docx files of corpus/reference_docx/ (run from tests/fuzz/; deterministic).

Entries are stored, not deflated, so the fuzzer sees the XML (the target repairs stored entries'
CRCs); one seed is deflated so libzip's inflate path is reached too. Each seed shows the reader
one thing: a letterhead with its image and a theme, styles only, targets outside word/, and the
same letterhead deflated.
"""
import zipfile

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
PR = 'http://schemas.openxmlformats.org/package/2006/relationships'
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

CONTENT_TYPES = DECL + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="png" ContentType="image/png"/>'
    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    '</Types>')
PACKAGE_RELS = DECL + (
    f'<Relationships xmlns="{PR}"><Relationship Id="rId1" Type="{REL}officeDocument" '
    'Target="word/document.xml"/></Relationships>')
STYLES = DECL + (
    f'<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr>'
    '<w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans"/><w:sz w:val="22"/></w:rPr>'
    '</w:rPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/>'
    '<w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style></w:styles>')
THEME = DECL + ('<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
                'name="Office"><a:themeElements/></a:theme>')
PNG = bytes.fromhex('89504e470d0a1a0a0000000d4948445200000001000000010800000000'
                    '3a7e9b550000000a49444154789c6360000000020001e221bc330000000049454e44ae426082')


def document(section):
    return DECL + (f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>'
                   '<w:p><w:r><w:t>Firm template text.</w:t></w:r></w:p>'
                   f'{section}</w:body></w:document>')


def rels(*relationships):
    body = ''.join(f'<Relationship Id="{i}" Type="{REL}{t}" Target="{target}"{extra}/>'
                   for i, t, target, extra in relationships)
    return DECL + f'<Relationships xmlns="{PR}">{body}</Relationships>'


def part(kind, text):
    return DECL + f'<w:{kind} xmlns:w="{W}" xmlns:r="{R}"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:{kind}>'


LETTERHEAD = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': PACKAGE_RELS,
    'word/document.xml': document(
        '<w:sectPr><w:headerReference w:type="default" r:id="rId2"/>'
        '<w:footerReference w:type="first" r:id="rId3"/><w:titlePg/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" '
        'w:left="2880" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>'),
    'word/_rels/document.xml.rels': rels(('rId1', 'styles', 'styles.xml', ''),
                                         ('rId2', 'header', 'header1.xml', ''),
                                         ('rId3', 'footer', 'footer1.xml', ''),
                                         ('rId4', 'theme', 'theme/theme1.xml', '')),
    'word/styles.xml': STYLES,
    'word/header1.xml': part('hdr', 'EXAMPLE LEGAL AID CLINIC'),
    'word/_rels/header1.xml.rels': rels(('rId1', 'image', 'media/logo.png', '')),
    'word/footer1.xml': part('ftr', 'First page footer'),
    'word/media/logo.png': PNG,
    'word/theme/theme1.xml': THEME,
}

STYLES_ONLY = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': PACKAGE_RELS,
    'word/document.xml': document(''),
    'word/_rels/document.xml.rels': rels(('rId1', 'styles', 'styles.xml', '')),
    'word/styles.xml': STYLES,
}

ODD_TARGETS = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': PACKAGE_RELS.replace('word/document.xml', '/word/./document.xml'),
    'word/document.xml': document(
        '<w:sectPr><w:headerReference r:id="rId2"/><w:headerReference w:type="even" r:id="rId9"/>'
        '<w:pgSz w:w="-1" w:h="99999999999"/><w:pgMar w:top="x"/></w:sectPr>'),
    'word/_rels/document.xml.rels': rels(('rId1', 'styles', '../word/styles.xml', ''),
                                         ('rId2', 'header', '/word/header1.xml', ''),
                                         ('rId3', 'image', 'http://example.com/a.png',
                                          ' TargetMode="External"')),
    'word/styles.xml': STYLES,
    'word/header1.xml': part('hdr', 'Header &amp; more'),
    'word/_rels/header1.xml.rels': rels(('rId1', 'image', '../../outside.png', ''),
                                        ('rId2', 'image', 'media/missing.png', '')),
}


def save(name, parts, compression=zipfile.ZIP_STORED):
    with zipfile.ZipFile(f'corpus/reference_docx/{name}', 'w', compression) as archive:
        for part_name, content in parts.items():
            info = zipfile.ZipInfo(part_name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = compression
            archive.writestr(info, content)


save('letterhead-image-theme.docx', LETTERHEAD)
save('styles-only.docx', STYLES_ONLY)
save('odd-targets-and-sizes.docx', ODD_TARGETS)
save('letterhead-deflated.docx', LETTERHEAD, zipfile.ZIP_DEFLATED)
