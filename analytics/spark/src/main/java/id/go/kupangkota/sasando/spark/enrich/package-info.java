/**
 * The enrich job: landing-zone JSONL to tagged posts in the curated zone (Parquet) and in
 * Elasticsearch. Incremental through Structured Streaming's file source and a checkpoint; a full
 * re-tag when the taggers' pipeline version changes, swapped in behind the posts alias.
 */
package id.go.kupangkota.sasando.spark.enrich;
