package id.go.kupangkota.sasando.dashboard.report;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /reports/<week>.pdf}: an archived report as a file download, at a stable address that
 * a mail or a bookmark can point at. Who may download is decided by {@link ReportService} (leadership
 * and analysts; others get 403, anonymous users the login page) and each download is audited there.
 */
@RestController
class ReportDownloadController {
    private final ReportService service;

    ReportDownloadController(ReportService service) {
        this.service = service;
    }

    @GetMapping("/reports/{week}.pdf")
    ResponseEntity<byte[]> download(@PathVariable String week) {
        ReportWeek reportWeek;
        try {
            reportWeek = ReportWeek.parse(week);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().build();
        }
        return service.download(reportWeek)
                .map(d -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename(d.fileName()).build().toString())
                        .body(d.pdf()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
