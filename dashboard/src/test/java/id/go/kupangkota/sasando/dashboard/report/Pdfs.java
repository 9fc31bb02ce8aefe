package id.go.kupangkota.sasando.dashboard.report;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a PDF back the way a test needs it: its text, and what its pages draw with. */
public final class Pdfs {
    private Pdfs() {
    }

    public static boolean looksLikePdf(byte[] bytes) {
        return bytes.length > 5 && new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
    }

    /** The text of every page, pages joined by new lines, with runs of white space made single spaces. */
    public static String text(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("[ \\t\\u00a0]+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page, first page first, white space as in {@link #text}. */
    public static List<String> pages(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page).replaceAll("[ \\t\\u00a0]+", " "));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one page (from 1), white space as in {@link #text}. */
    public static String page(byte[] pdf, int page) {
        try (PdfReader reader = new PdfReader(pdf)) {
            return new PdfTextExtractor(reader).getTextFromPage(page).replaceAll("[ \\t\\u00a0]+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text without any white space. Table cells come out of a PDF without separators and
     * lines break where the layout wants, so tests compare texts in this form.
     */
    public static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The XObjects the pages use (recursively through forms), by subtype: /Image or /Form. */
    public static List<String> xObjectSubtypes(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            List<String> subtypes = new ArrayList<>();
            Set<PdfObject> seen = new HashSet<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                collect(reader.getPageN(page).getAsDict(PdfName.RESOURCES), subtypes, seen);
            }
            return subtypes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content streams of the form XObjects, decoded: where the charts' drawing operators are. */
    public static List<String> formContents(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            List<String> contents = new ArrayList<>();
            for (int i = 1; i < reader.getXrefSize(); i++) {
                PdfObject object = reader.getPdfObject(i);
                if (object instanceof PRStream stream && PdfName.FORM.equals(stream.getAsName(PdfName.SUBTYPE))) {
                    contents.add(new String(PdfReader.getStreamBytes(stream), StandardCharsets.ISO_8859_1));
                }
            }
            return contents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(PdfDictionary resources, List<String> subtypes, Set<PdfObject> seen) {
        if (resources == null) {
            return;
        }
        PdfDictionary xObjects = resources.getAsDict(PdfName.XOBJECT);
        if (xObjects == null) {
            return;
        }
        for (PdfName name : xObjects.getKeys()) {
            PdfObject object = PdfReader.getPdfObject(xObjects.get(name));
            if (!(object instanceof PdfDictionary dict) || !seen.add(object)) {
                continue;
            }
            PdfName subtype = dict.getAsName(PdfName.SUBTYPE);
            subtypes.add(subtype == null ? "?" : subtype.toString());
            collect(dict.getAsDict(PdfName.RESOURCES), subtypes, seen);
        }
    }
}
