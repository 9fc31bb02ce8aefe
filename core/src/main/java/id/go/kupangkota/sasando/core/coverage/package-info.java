/**
 * What ingest and the dashboard share about a run's outcome: the stable codes of its errors and the
 * names of their arguments, stored in the coverage index next to the free text.
 */
package id.go.kupangkota.sasando.core.coverage;
