/**
 * Sasando's Spark jobs: landing zone to curated Parquet and Elasticsearch ({@code enrich}), and the
 * read models the dashboard charts ({@code rollup}, {@code trends}, {@code accounts}).
 * {@link id.go.kupangkota.sasando.spark.PipelineJob} runs them all in one session. Jobs are thin:
 * the tagging itself is {@code analytics/text}.
 */
package id.go.kupangkota.sasando.spark;
