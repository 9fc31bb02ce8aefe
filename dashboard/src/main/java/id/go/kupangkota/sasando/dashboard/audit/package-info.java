/** The audit log: who signed in, exported, generated or downloaded a report, decided on a flagged post or changed users. */
package id.go.kupangkota.sasando.dashboard.audit;
