package id.go.kupangkota.sasando.dashboard.base.export;

import id.go.kupangkota.sasando.core.time.Wita;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

/**
 * An XLSX sheet written with POI's streaming workbook: only a window of rows is in memory, the rest
 * goes to a temporary file that is deleted on close. Numbers stay numbers; text stays text (never a
 * formula); an {@link Instant} becomes a date-time cell in WITA (spreadsheets have no time zones, so the
 * header of such a column should say WITA).
 */
public final class XlsxWriter implements TableWriter {
    /** Rows kept in memory before POI flushes them to its temporary file. */
    private static final int WINDOW = 200;
    /** Excel's hard limit of a cell. */
    private static final int MAX_CELL = 32_767;
    /** Date-time format of time cells; Excel shows it in every locale. */
    static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";
    /** Wide enough for {@link #DATE_TIME_FORMAT} (POI counts 1/256 of a character). */
    private static final int DATE_TIME_WIDTH = 20 * 256;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle dateTime;
    private int next;

    public XlsxWriter(OutputStream out, String sheetName) {
        this.out = out;
        this.sheet = workbook.createSheet(sheetName);
        this.dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(DATE_TIME_FORMAT));
    }

    @Override
    public void row(List<?> cells) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.size(); i++) {
            Object v = cells.get(i);
            if (v instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else if (v instanceof Instant instant) {
                Cell cell = row.createCell(i);
                cell.setCellValue(Wita.at(instant).toLocalDateTime());
                cell.setCellStyle(dateTime);
                if (sheet.getColumnWidth(i) < DATE_TIME_WIDTH) {
                    sheet.setColumnWidth(i, DATE_TIME_WIDTH);
                }
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
