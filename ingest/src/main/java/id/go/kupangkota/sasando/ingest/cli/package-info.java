/**
 * The {@code sasando ingest|import|demo|bench} command line: one main,
 * {@link id.go.kupangkota.sasando.ingest.cli.IngestCommand}, with a subcommand per task.
 */
package id.go.kupangkota.sasando.ingest.cli;
