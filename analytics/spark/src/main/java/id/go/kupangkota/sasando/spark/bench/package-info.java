/**
 * The enrich benchmark (issue #4): generated posts through the landing zone, the enrich job and
 * Elasticsearch, measured against the bare tagger on one thread in the same run.
 */
package id.go.kupangkota.sasando.spark.bench;
