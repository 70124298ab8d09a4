package org.amparo.service.timeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * What makes the PDF a PDF/A-2b file besides embedded fonts: XMP metadata matching the document
 * properties (with the pdfaid part and conformance) and an sRGB output intent, using the sRGB profile
 * from Debian's icc-profiles-free (zlib licence) shipped in {@code org/amparo/color/}.
 */
final class PdfArchiveMarks {
    static final String ICC = "/org/amparo/color/sRGB.icc";
    static final String SRGB = "sRGB IEC61966-2.1";

    private PdfArchiveMarks() {
    }

    static void add(PDDocument pdf, String title, String producer, Calendar when) throws IOException {
        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(xmp(title, producer, when).getBytes(StandardCharsets.UTF_8));
        pdf.getDocumentCatalog().setMetadata(metadata);
        try (InputStream icc = PdfArchiveMarks.class.getResourceAsStream(ICC)) {
            if (icc == null) {
                throw new IOException("colour profile missing from the application");
            }
            PDOutputIntent intent = new PDOutputIntent(pdf, icc);
            intent.setInfo(SRGB);
            intent.setOutputCondition(SRGB);
            intent.setOutputConditionIdentifier(SRGB);
            intent.setRegistryName("http://www.color.org");
            pdf.getDocumentCatalog().addOutputIntent(intent);
        }
    }

    static String xmp(String title, String producer, Calendar when) {
        String date = when.toInstant().atOffset(java.time.ZoneOffset.UTC)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                + "<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "<dc:format>application/pdf</dc:format>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title)
                + "</rdf:li></rdf:Alt></dc:title>\n</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                + "<xmp:CreatorTool>Amparo</xmp:CreatorTool>\n<xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n<xmp:MetadataDate>" + date
                + "</xmp:MetadataDate>\n</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                + "<pdf:Producer>" + escape(producer) + "</pdf:Producer>\n</rdf:Description>\n"
                + "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
