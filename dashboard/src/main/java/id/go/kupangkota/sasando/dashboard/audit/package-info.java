/**
 * The audit log: who signed in, exported, generated or downloaded a report, decided on a flagged post,
 * handled a source's alert or changed users.
 */
package id.go.kupangkota.sasando.dashboard.audit;
