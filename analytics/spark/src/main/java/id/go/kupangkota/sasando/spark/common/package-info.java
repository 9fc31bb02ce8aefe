/**
 * Plumbing every job shares: the session, argument parsing, where the zones are, the curated
 * posts' schema and reader, and writing JSON documents to Elasticsearch (one bulk writer per
 * partition, fresh indices swapped in behind their alias).
 */
package id.go.kupangkota.sasando.spark.common;
