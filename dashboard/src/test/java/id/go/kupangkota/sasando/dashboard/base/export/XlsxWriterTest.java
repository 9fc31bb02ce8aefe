package id.go.kupangkota.sasando.dashboard.base.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxWriterTest {

    @Test
    void anInstantIsADateTimeCellInWitaNumbersStayNumbersAndFormulasStayText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter xlsx = new XlsxWriter(out, "sasando")) {
            xlsx.row(List.of("Waktu (WITA)", "n", "text"));
            // shown in the dashboard as 29 Nov 2026 19:29 WITA
            xlsx.row(List.of(Instant.parse("2026-11-29T11:29:35Z"), 5, "=1+1"));
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row row = book.getSheetAt(0).getRow(1);
            Cell time = row.getCell(0);
            assertThat(time.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(time)).isTrue();
            assertThat(time.getCellStyle().getDataFormatString()).isEqualTo(XlsxWriter.DATE_TIME_FORMAT);
            assertThat(time.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.parse("2026-11-29T19:29:35"));
            assertThat(book.getSheetAt(0).getColumnWidth(0)).as("wide enough to show the date")
                    .isGreaterThanOrEqualTo(19 * 256);
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(5.0);
            assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("=1+1");
        }
    }
}
