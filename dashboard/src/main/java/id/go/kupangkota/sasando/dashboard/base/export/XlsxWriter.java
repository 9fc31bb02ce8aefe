package id.go.kupangkota.sasando.dashboard.base.export;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * An XLSX sheet written with POI's streaming workbook: only a window of rows is in memory, the rest
 * goes to a temporary file that is deleted on close. Numbers stay numbers; text stays text (never a
 * formula).
 */
public final class XlsxWriter implements TableWriter {
    /** Rows kept in memory before POI flushes them to its temporary file. */
    private static final int WINDOW = 200;
    /** Excel's hard limit of a cell. */
    private static final int MAX_CELL = 32_767;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private int next;

    public XlsxWriter(OutputStream out, String sheetName) {
        this.out = out;
        this.sheet = workbook.createSheet(sheetName);
    }

    @Override
    public void row(List<?> cells) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.size(); i++) {
            Object v = cells.get(i);
            if (v instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else if (v != null) {
                String s = v.toString();
                row.createCell(i).setCellValue(s.length() > MAX_CELL ? s.substring(0, MAX_CELL) : s);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
        }
    }
}
