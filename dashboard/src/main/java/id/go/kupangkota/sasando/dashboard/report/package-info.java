/**
 * The weekly report for leadership (issue #5): a PDF in plain Indonesian with the week's numbers and
 * their change from the week before, vector charts, a risk summary without personal data, and the
 * coverage caveats that say where the data is incomplete. Weeks are ISO weeks cut in WITA; every
 * number is an Elasticsearch aggregation. Reports are made on demand in {@code ReportView} and every
 * Monday 07:00 WITA for the week before, archived (file + record), downloadable by leadership and
 * analysts (each download audited) and e-mailed when SMTP is configured.
 */
package id.go.kupangkota.sasando.dashboard.report;
