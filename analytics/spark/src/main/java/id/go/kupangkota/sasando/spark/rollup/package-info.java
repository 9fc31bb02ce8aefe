/**
 * Roll-ups the overview charts read: per WITA day and ISO week, by topic, source, kecamatan and
 * over all posts, the volume and the sentiment, emotion and risk counts.
 */
package id.go.kupangkota.sasando.spark.rollup;
