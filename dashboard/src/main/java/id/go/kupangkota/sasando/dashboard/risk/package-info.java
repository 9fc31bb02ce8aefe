/**
 * Risiko: the queue of flagged posts (newest day first, most severe first within it) with their
 * evidence marked, the analysts' triage decisions (kept in SasandoIndex.TRIAGE and copied onto the
 * post) and the export of decisions as labelled data for retraining.
 */
package id.go.kupangkota.sasando.dashboard.risk;
