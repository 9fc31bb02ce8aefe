package id.go.kupangkota.sasando.dashboard.report;

/** An archived report PDF handed to a reader, with the file name to save it under. */
public record ReportDownload(String fileName, byte[] pdf) {
}
