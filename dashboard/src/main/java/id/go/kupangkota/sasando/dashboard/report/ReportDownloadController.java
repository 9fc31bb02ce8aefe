package id.go.kupangkota.sasando.dashboard.report;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /reports/<week>.pdf}: an archived report as a file download, at a stable address that
 * a mail or a bookmark can point at. Who may download is decided by {@link ReportService} (leadership,
 * analysts and admins; a user without a role gets 403, anonymous users the login page) and each download
 * is audited there.
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
            // thrown, not returned: only an error sent through the container reaches the error pages
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a week: " + week);
        }
        return service.download(reportWeek)
                .map(d -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename(d.fileName()).build().toString())
                        .body(d.pdf()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no report for " + week));
    }
}
