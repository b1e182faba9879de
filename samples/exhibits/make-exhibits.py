#!/usr/bin/env python3
"""Writes the sample exhibit PDFs under samples/exhibits/ (fictional documents, 1-3 pages each).

Run by a maintainer to regenerate them; the build never runs it. Plain PDF 1.4 written by hand
with Helvetica and WinAnsiEncoding (so Spanish accents print), no dependencies beyond Python 3.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BANNER = "SAMPLE EXHIBIT - FICTIONAL - NOT A REAL DOCUMENT"

# path -> list of pages; each page is a list of lines (the first is the title).
EXHIBITS = {
    "ramirez/birth-certificate.pdf": [
        ["ACTA DE NACIMIENTO", "Registro Civil de Uruapan, Michoacán",
         "Nombre: Joaquín Ramírez Ochoa", "Fecha de nacimiento: 14 de septiembre de 1981",
         "Lugar: Uruapan, Michoacán, México", "Padre: Ernesto Ramírez Solís",
         "Madre: María de la Luz Ochoa Díaz"],
        ["CERTIFIED TRANSLATION", "Birth certificate, Civil Registry of Uruapan, Michoacán",
         "Name: Joaquín Ramírez Ochoa", "Date of birth: September 14, 1981",
         "Place: Uruapan, Michoacán, Mexico",
         "I certify that I am competent to translate from Spanish into English",
         "and that this translation is accurate. - Lucía Fernández Ortiz"],
    ],
    "ramirez/medical-record.pdf": [
        ["CRUZ ROJA MEXICANA - NOTA MÉDICA", "Delegación Uruapan", "Fecha: 18 de marzo de 2023, 21:40",
         "Paciente: Joaquín Ramírez Ochoa, 41 años",
         "Herida contusa en ceja izquierda; se sutura con cinco puntos.",
         "Dolor en costillas 7 y 8 del lado derecho; probable fisura.",
         "El paciente refiere agresión por cuatro personas en su negocio."],
        ["CERTIFIED TRANSLATION", "Mexican Red Cross - Medical note, Uruapan",
         "Date: March 18, 2023, 9:40 p.m.", "Patient: Joaquín Ramírez Ochoa, 41 years old",
         "Laceration above the left eyebrow, closed with five stitches.",
         "Pain in right ribs 7 and 8; probable fracture.",
         "Patient reports an assault by four persons at his business.",
         "Translated by Lucía Fernández Ortiz, who certifies competence and accuracy."],
    ],
    "ramirez/denuncia.pdf": [
        ["DENUNCIA - AGENCIA DEL MINISTERIO PÚBLICO", "Uruapan, Michoacán, 20 de marzo de 2023",
         "Denunciante: Joaquín Ramírez Ochoa",
         "Hechos: cobro de cuota desde junio de 2022 y agresión del 18 de marzo de 2023.",
         "Carpeta de investigación: UR-0000/2023 (número ficticio)"],
        ["(continuación)", "El denunciante señala a cuatro hombres armados.",
         "Se le informa que la carpeta queda en trámite."],
        ["CERTIFIED TRANSLATION", "Complaint - Office of the Public Prosecutor, Uruapan, March 20, 2023",
         "Complainant: Joaquín Ramírez Ochoa",
         "Facts: extortion payments since June 2022 and the assault of March 18, 2023.",
         "The complainant identifies four armed men. The file remains pending.",
         "Translated by Lucía Fernández Ortiz, who certifies competence and accuracy."],
    ],
    "herrera/press-card.pdf": [
        ["CREDENCIAL DE PRENSA", "Diario El Norte Fronterizo (ficticio)", "Reportera: Valeria Herrera Campos",
         "Sección: Seguridad y Justicia", "Vigencia: 2022-2024"],
    ],
    # The press card's translation is a file of its own (exhibits[].translation.file): the
    # packet puts it after the card, under the same tab, with the translator's certificate.
    "herrera/press-card-translation.pdf": [
        ["ENGLISH TRANSLATION", "Press credential, El Norte Fronterizo daily (fictional)",
         "Reporter: Valeria Herrera Campos", "Section: Security and Justice",
         "Valid: 2022-2024"],
    ],
    "herrera/threat-messages.pdf": [
        ["MENSAJES RECIBIDOS", "Captura de pantalla transcrita, 9 de agosto de 2024, 23:12",
         "\"Ya sabemos dónde vives. Sigue escribiendo y te pasa lo mismo que a tu compañero.\"",
         "Número desconocido."],
        ["CERTIFIED TRANSLATION", "Messages received, transcribed screenshot, August 9, 2024, 11:12 p.m.",
         "\"We already know where you live. Keep writing and the same thing will happen to you as to your colleague.\"",
         "Unknown number.",
         "Translated by Marcos Ibarra Peña, who certifies competence and accuracy."],
    ],
}


def pdf_string(text):
    data = text.encode("cp1252")
    return b"(" + data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def page_stream(lines, number, total):
    parts = [b"BT /F1 9 Tf 72 750 Td " + pdf_string(BANNER) + b" Tj ET"]
    y = 710
    for index, line in enumerate(lines):
        size = 14 if index == 0 else 11
        parts.append(b"BT /F1 %d Tf 72 %d Td " % (size, y) + pdf_string(line) + b" Tj ET")
        y -= 24 if index == 0 else 18
    parts.append(b"BT /F1 9 Tf 280 40 Td " + pdf_string("Page %d of %d" % (number, total)) + b" Tj ET")
    return b"\n".join(parts)


def write_pdf(path, pages):
    objects = []  # object bodies, numbered from 1
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    page_ids = [4 + 2 * i for i in range(len(pages))]
    kids = b" ".join(b"%d 0 R" % pid for pid in page_ids)
    objects.append(b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(pages))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, lines in enumerate(pages):
        stream = page_stream(lines, i + 1, len(pages))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (page_ids[i] + 1))
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(out)


if __name__ == "__main__":
    for relative, pages in EXHIBITS.items():
        write_pdf(os.path.join(HERE, relative), pages)
        print("wrote", relative)
