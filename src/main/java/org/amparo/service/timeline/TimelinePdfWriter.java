package org.amparo.service.timeline;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a laid-out timeline as a PDF with PDFBox: real text in the embedded (subset) DejaVu fonts, so it is
 * searchable and copyable; document properties name Amparo, never the user; PDF/A-2b metadata and an sRGB
 * output intent (see {@link PdfArchiveMarks}). Places exactly the runs and rules of the layout.
 */
public final class TimelinePdfWriter {
    static final String PRODUCER = "Amparo (Apache PDFBox)";

    private TimelinePdfWriter() {
    }

    public static void write(TimelineDocument doc, OutputStream out, TimelineProgress progress) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            Map<TypeFace, PDType0Font> fonts = new EnumMap<>(TypeFace.class);
            for (TypeFace face : TypeFace.values()) {
                fonts.put(face, PDType0Font.load(pdf, new RandomAccessReadBuffer(face.pdfBytes()), true, false));
            }
            int n = 0;
            for (TimelinePage page : doc.pages()) {
                progress.check();
                writePage(pdf, page, fonts);
                progress.update(++n, doc.pageCount());
            }
            Calendar when = GregorianCalendar.from(doc.options().printedAt().withNano(0)
                    .withZoneSameInstant(java.time.ZoneOffset.UTC));
            when.setTimeZone(TimeZone.getTimeZone("UTC"));
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(doc.documentTitle());
            info.setCreator("Amparo");
            info.setProducer(PRODUCER);
            info.setCreationDate(when);
            info.setModificationDate(when);
            pdf.getDocumentCatalog().setLanguage(doc.options().language().getLanguage());
            PdfArchiveMarks.add(pdf, doc.documentTitle(), PRODUCER, when);
            pdf.save(out);
        }
    }

    private static void writePage(PDDocument pdf, TimelinePage page, Map<TypeFace, PDType0Font> fonts)
            throws IOException {
        PDPage p = new PDPage(new PDRectangle(page.width(), page.height()));
        pdf.addPage(p);
        float h = page.height();
        try (PDPageContentStream cs = new PDPageContentStream(pdf, p)) {
            for (TimelineBlock b : page.blocks()) {
                for (RuleLine r : b.rules()) {
                    float g = r.shade().level();
                    cs.setStrokingColor(g, g, g);
                    cs.setLineWidth(r.thickness());
                    cs.moveTo(r.x1(), h - r.y1());
                    cs.lineTo(r.x2(), h - r.y2());
                    cs.stroke();
                }
            }
            cs.beginText();
            TypeFace face = null;
            float size = -1;
            Shade shade = null;
            for (TimelineBlock b : page.blocks()) {
                for (TextRun t : b.runs()) {
                    if (t.face() != face || t.size() != size) {
                        face = t.face();
                        size = t.size();
                        cs.setFont(fonts.get(face), size);
                    }
                    if (t.shade() != shade) {
                        shade = t.shade();
                        float g = shade.level();
                        cs.setNonStrokingColor(g, g, g);
                    }
                    cs.setTextMatrix(new org.apache.pdfbox.util.Matrix(1, 0, 0, 1, t.x(), h - t.baseline()));
                    cs.showText(t.text());
                }
            }
            cs.endText();
        }
    }
}
